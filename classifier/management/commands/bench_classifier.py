import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from classifier import selectors
from classifier.models import ModelVersion

JSON_KEYS = (
    "service_p50_ms",
    "predict_p50_ms",
    "forward_p50_ms",
    "speedup_vs_predict",
    "overhead_vs_forward",
    "batch16_img_per_s",
    "rss_mb",
)


class Command(BaseCommand):
    help = (
        "Latency of one 224-px image: page service path vs fastai learn.predict vs the bare ONNX Runtime "
        "forward, at one thread; images/s for a batch of 16; peak RSS."
    )

    def add_arguments(self, parser):
        parser.add_argument("--model", default="", help="model version slug (default: the active one)")
        parser.add_argument("-n", type=int, default=40, help="timed runs per path")
        parser.add_argument("--json", action="store_true", help="print one JSON object on the last line")

    def handle(self, *args, **opts):
        from classifier.bench import run_bench

        version = (
            ModelVersion.objects.filter(slug=opts["model"]).first()
            if opts["model"]
            else selectors.active_version()
        )
        if version is None:
            raise CommandError("no model version: run `python manage.py build_classifier` first")
        cal = selectors.calibration()
        r = run_bench(
            selectors.model_dir(version),
            max_bytes=settings.CLASSIFIER_MAX_UPLOAD_BYTES,
            max_pixels=settings.CLASSIFIER_MAX_PIXELS,
            learner_sha256=version.learner_sha256,
            onnx_sha256=version.onnx_sha256,
            n=opts["n"],
            threshold=cal["threshold"],
            sure_threshold=cal["sure_threshold"],
        )
        w = self.stdout.write
        w(f"model {version.slug}, runtime {r['runtime']}, flip TTA {r['tta_flip']}")
        w(f"service path   p50 {r['service_p50_ms']:.2f} ms  p90 {r['service_p90_ms']:.2f} ms")
        w(f"learn.predict  p50 {r['predict_p50_ms']:.2f} ms  p90 {r['predict_p90_ms']:.2f} ms")
        w(f"bare forward   p50 {r['forward_p50_ms']:.2f} ms  p90 {r['forward_p90_ms']:.2f} ms")
        w(
            f"speed-up vs predict {r['speedup_vs_predict']:.2f}x; "
            f"service / forward {r['overhead_vs_forward']:.3f}x"
        )
        w(f"batch of 16: {r['batch16_img_per_s']:.1f} images/s; peak RSS {r['rss_mb']:.0f} MB")
        if opts["json"]:
            w(json.dumps({k: r[k] for k in JSON_KEYS}))
