import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from classifier import selectors, services
from classifier.models import ModelVersion

JSON_KEYS = (
    "accuracy",
    "shifted_accuracy",
    "auroc_near",
    "auroc_far",
    "fpr95_near",
    "fpr95_far",
    "id_rejected",
    "far_accepted",
    "near_accepted",
    "n_images",
)


class Command(BaseCommand):
    help = "Evaluate the active (or --model) classifier on a folder laid out like the shared data."

    def add_arguments(self, parser):
        parser.add_argument("--data", default=str(settings.SHARED_DATA_DIR))
        parser.add_argument("--split", default="test", choices=["test", "calib", "all"])
        parser.add_argument("--model", default="", help="model version slug (default: the active one)")
        parser.add_argument(
            "--threshold", type=float, default=None, help="gate threshold (default: calibrated)"
        )
        parser.add_argument("--json", action="store_true", help="print one JSON object on the last line")
        parser.add_argument(
            "--no-save", action="store_true", help="do not store the figures for the model card"
        )
        parser.add_argument(
            "--write-calibration",
            default="",
            help="choose the gate thresholds on the calib rows, write them (numbers only) to this JSON file",
        )

    def handle(self, *args, **opts):
        import numpy as np

        from classifier import evaluation

        data = Path(opts["data"])
        if not data.is_dir():
            raise CommandError(f"data folder {data} not found")
        if opts["model"]:
            version = ModelVersion.objects.filter(slug=opts["model"]).first()
            if version is None:
                raise CommandError(f"no model version {opts['model']!r}")
        else:
            version = selectors.active_version()
            if version is None:
                raise CommandError("no active model: run `python manage.py build_classifier` first")
        try:
            rt = selectors.get_runtime(version)
        except selectors.ModelNotReady as exc:
            raise CommandError(str(exc)) from exc

        if opts["write_calibration"]:
            rows = [r for r in evaluation.read_rows(data) if r["split"] == "calib"]
            scored = evaluation.score_rows(rt, data, rows)
            cal = evaluation.calibrate(scored)
            Path(opts["write_calibration"]).write_text(json.dumps(cal, indent=1) + "\n")
            self.stdout.write(
                f"calibration written to {opts['write_calibration']}: threshold {cal['threshold']}"
            )
            rt.threshold, rt.sure_threshold = cal["threshold"], cal["sure_threshold"]

        try:
            result = evaluation.evaluate(rt, data, opts["split"], threshold=opts["threshold"])
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        result["model"] = version.slug
        if not opts["no_save"]:
            services.model_version_record_evaluation(version=version, metrics={**result, "data": str(data)})
            try:
                evaluation.confusion_png(
                    result["confusion"],
                    selectors.model_dir(version) / "confusion.png",
                    f"{opts['split']} rows",
                )
            except Exception as exc:  # noqa: BLE001 - the figure is optional
                self.stderr.write(f"confusion matrix image not written: {exc}")

        def pct(x):
            return "n/a" if x is None else f"{x * 100:.2f} %"

        w = self.stdout.write
        w(
            f"model {version.slug} on {data} split={opts['split']}: "
            f"{result['n_images']} images {result['counts']}"
        )
        w(
            f"accuracy {pct(result['accuracy'])}  per class "
            + ", ".join(f"{k} {pct(v)}" for k, v in result["per_class_accuracy"].items())
        )
        w(f"shifted accuracy {pct(result['shifted_accuracy'])}")
        w(f"AUROC near {result['auroc_near']}  far {result['auroc_far']}  (score: bear mass)")
        w(f"FPR@95%TPR near {pct(result['fpr95_near'])}  far {pct(result['fpr95_far'])}")
        w(
            f"at threshold {result['threshold']:.4f}: bears rejected {pct(result['id_rejected'])}, "
            f"far-OOD accepted "
            f"{pct(result['far_accepted'])}, near-OOD accepted {pct(result['near_accepted'])}"
        )
        w(
            "confusion (rows actual, columns predicted "
            + str(result["confusion"]["labels"])
            + "): "
            + str(np.array(result["confusion"]["matrix"]).tolist())
        )
        if opts["json"]:
            w(json.dumps({k: result[k] for k in JSON_KEYS}))
