# The real-Ray side of the conformance tier: a Ray head with the fake multi-node provider (fake GPU workers), Serve
# with a stand-in for ray.serve.llm's build_openai_app, all owned by this process and cleaned up on every exit path.
#
# Usage: python harness.py <config.json>   (the driver, test/conformance/real-ray.ts, writes the config)
# Prints one JSON line {"ready": {...}} when the app is RUNNING, then serves until stdin closes or a signal comes.
#
# Why not ray.cluster_utils.AutoscalingCluster: its start() and shutdown() run `ray stop --force`, which kills every
# Ray process on the host, and it reads the fake provider's example.yaml, which the 2.47.1 wheel does not ship. So
# the head is started here with the same settings that class uses (python/ray/cluster_utils.py: RAY_FAKE_CLUSTER=1,
# an autoscaling config of provider type fake_multinode whose available_node_types are the worker groups).
import asyncio
import json
import math
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

CONFIG = json.load(open(sys.argv[1]))
# Every process started here, and every Ray process they start, inherits this variable: the sweep at exit kills
# exactly those, never another Ray on the host.
MARKER = "RSCI_CONFORMANCE_RUN"
RUN_ID = CONFIG["runId"]
os.environ[MARKER] = RUN_ID


def log(line):
    sys.stderr.write(f"harness: {line}\n")
    sys.stderr.flush()


def marked_pids():
    """PIDs of processes carrying this run's marker (our whole tree, whatever process group they moved to)."""
    needle = f"{MARKER}={RUN_ID}".encode()
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        try:
            with open(f"/proc/{entry}/environ", "rb") as f:
                if needle in f.read().split(b"\0"):
                    found.append(int(entry))
        except OSError:
            continue
    return found


def sweep(grace_s):
    """SIGTERM every marked process, wait up to grace_s, then SIGKILL what is left."""
    for sig, wait in ((signal.SIGTERM, grace_s), (signal.SIGKILL, 2.0)):
        pids = marked_pids()
        if not pids:
            return
        for pid in pids:
            try:
                os.kill(pid, sig)
            except OSError:
                pass
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and marked_pids():
            time.sleep(0.2)


def autoscaling_config(gcs_address):
    worker = CONFIG["workerGroup"]
    head = CONFIG["head"]
    return {
        "cluster_name": f"rsci-{RUN_ID}",
        "max_workers": worker["max"],
        "provider": {
            "type": "fake_multinode",
            "use_node_id_as_ip": True,
            "disable_node_updaters": True,
            "disable_launch_config_check": True,
            # Launch every node an update asks for, as KubeRay's provider does by patching replicas (the fake
            # provider's default starts one node per update whatever the count: node_provider.py).
            "launch_multiple": True,
            # Without it the provider assumes GCS on <node ip>:6379 (node_provider.py).
            "gcs_address": gcs_address,
        },
        "available_node_types": {
            "ray.head.default": {
                "resources": {"CPU": head["cpus"], "object_store_memory": head["objectStoreBytes"]},
                "node_config": {},
                "max_workers": 0,
            },
            worker["name"]: {
                "resources": {
                    "CPU": worker["cpus"],
                    "GPU": worker["gpus"],
                    "object_store_memory": worker["objectStoreBytes"],
                },
                "node_config": {},
                "min_workers": worker["min"],
                "max_workers": worker["max"],
            },
        },
        "head_node_type": "ray.head.default",
        "auth": {},
        "upscaling_speed": 1.0,
        "idle_timeout_minutes": CONFIG["idleTimeoutS"] / 60.0,
        "docker": {},
        "initialization_commands": [],
        "setup_commands": [],
        "head_setup_commands": [],
        "worker_setup_commands": [],
        "head_start_ray_commands": [],
        "worker_start_ray_commands": [],
        "file_mounts": {},
        "cluster_synced_files": [],
        "file_mounts_sync_continuously": False,
        "rsync_exclude": [],
        "rsync_filter": [],
    }


def start_head(workdir):
    ports = CONFIG["ports"]
    gcs = f"127.0.0.1:{ports['gcs']}"
    config_path = os.path.join(workdir, "autoscaling.json")
    with open(config_path, "w") as f:
        json.dump(autoscaling_config(gcs), f)
    ray_bin = os.path.join(os.path.dirname(sys.executable), "ray")
    cmd = [
        ray_bin,
        "start",
        "--head",
        "--block",
        f"--autoscaling-config={config_path}",
        f"--port={ports['gcs']}",
        "--node-ip-address=127.0.0.1",
        "--dashboard-host=127.0.0.1",
        f"--dashboard-port={ports['dashboard']}",
        f"--num-cpus={CONFIG['head']['cpus']}",
        "--num-gpus=0",
        f"--object-store-memory={CONFIG['head']['objectStoreBytes']}",
        f"--temp-dir={os.path.join(workdir, 'ray')}",
        "--disable-usage-stats",
    ]
    env = dict(os.environ)
    env.update(
        {
            "RAY_FAKE_CLUSTER": "1",
            # A KubeRay cluster's autoscaler runs at Ray's default (5 s); AutoscalingCluster uses 1 s for its tests.
            "AUTOSCALER_UPDATE_INTERVAL_S": str(CONFIG["autoscalerUpdateIntervalS"]),
            "RAY_USAGE_STATS_ENABLED": "0",
        }
    )
    # Ray's logs are written once per fake node into the temp dir; only the head's console output comes here.
    out = open(os.path.join(workdir, "ray-start.log"), "w")
    return subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT), gcs


def stand_in_app():
    """A stand-in for build_openai_app: one GPU deployment streaming OpenAI chat-completion SSE, timed by the sim's
    latency model (src/sim/serve/latency.ts), with the example's deployment_config options applied unchanged."""
    from ray import serve
    from starlette.requests import Request
    from starlette.responses import JSONResponse, StreamingResponse

    latency = CONFIG["latency"]
    model_id = CONFIG["modelId"]
    startup_s = CONFIG["replicaStartupS"]
    batch_s = CONFIG["streamBatchMs"] / 1000.0

    class StandInLLM:
        def __init__(self):
            # The engine start a vLLM replica would take (the sim's model-load stage).
            time.sleep(startup_s)
            self.ongoing = 0
            self.random = random.Random(CONFIG["seed"])

        def tokens(self, max_tokens):
            # The sim's seeded log-normal output length (a different stream: lengths match in distribution only).
            normal = self.random.gauss(0.0, 1.0)
            n = round(latency["medianOutputTokens"] * math.exp(latency["outputTokensSigma"] * normal))
            return max(1, min(max_tokens, n))

        async def __call__(self, request: Request):
            if request.url.path.endswith("/v1/models"):
                return JSONResponse({"object": "list", "data": [{"id": model_id, "object": "model"}]})
            body = await request.json()
            prompt = " ".join(str(m.get("content", "")) for m in body.get("messages", []))
            prompt_tokens = max(1, math.ceil(len(prompt) / 4))
            n = self.tokens(int(body.get("max_tokens") or 16))
            self.ongoing += 1
            concurrent = self.ongoing
            ttft = (
                latency["ttftBaseMs"]
                + latency["ttftPerConcurrentMs"] * max(0, concurrent - 1)
                + latency["ttftPerPromptTokenMs"] * prompt_tokens
            ) / 1000.0

            def tpot():
                # Re-read per batch, as the sim does: a request slows down while others join its replica.
                slowdown = latency["tpotConcurrencySlowdown"] * max(0, self.ongoing - 1)
                return latency["tpotBaseMs"] * (1 + slowdown) / 1000.0

            created = int(time.time())

            def chunk(delta, finish=None, usage=None):
                data = {
                    "id": "chatcmpl-standin",
                    "object": "chat.completion.chunk",
                    "created": created,
                    "model": model_id,
                    "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
                }
                if usage is not None:
                    data["usage"] = usage
                return f"data: {json.dumps(data)}\n\n"

            async def stream():
                try:
                    await asyncio.sleep(ttft)
                    yield chunk({"role": "assistant", "content": "the"})
                    sent = 1
                    while sent < n:
                        # Tokens leave in batches, as Ray Serve LLM's stream batching does.
                        per_token = tpot()
                        k = min(n - sent, max(1, int(batch_s / per_token)))
                        await asyncio.sleep(k * per_token)
                        sent += k
                        yield chunk({"content": " token" * k})
                    usage = {"prompt_tokens": prompt_tokens, "completion_tokens": n, "total_tokens": prompt_tokens + n}
                    yield chunk({}, "length" if n >= int(body.get("max_tokens") or 16) else "stop", usage)
                    yield "data: [DONE]\n\n"
                finally:
                    self.ongoing -= 1

            return StreamingResponse(stream(), media_type="text/event-stream")

    options = dict(CONFIG["deploymentOptions"])
    return serve.deployment(StandInLLM).options(name=CONFIG["deploymentName"], **options).bind()


def main():
    workdir = tempfile.mkdtemp(prefix="rsci-cf-", dir=CONFIG.get("tmpDir") or None)
    head = None
    stopping = {"asked": False}

    def on_signal(signum, _frame):
        stopping["asked"] = True
        raise SystemExit(128 + signum)

    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, on_signal)
    try:
        import ray

        if ray.__version__ != CONFIG["rayVersion"]:
            print(json.dumps({"error": f"ray {ray.__version__} is installed, not {CONFIG['rayVersion']}"}), flush=True)
            return 2
        began = time.monotonic()
        head, gcs = start_head(workdir)
        from ray import serve

        deadline = time.monotonic() + 120
        while True:
            try:
                ray.init(address=gcs, logging_level="ERROR", log_to_driver=False)
                break
            except Exception as error:  # the head is still starting
                if head.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the Ray head did not start: {error}")
                time.sleep(0.5)
        ports = CONFIG["ports"]
        serve.start(proxy_location="HeadOnly", http_options={"host": "127.0.0.1", "port": ports["serve"]})
        serve.run(stand_in_app(), name=CONFIG["appName"], route_prefix="/", blocking=False)
        while serve.status().applications[CONFIG["appName"]].status != "RUNNING":
            if time.monotonic() > deadline + 120:
                raise RuntimeError("the stand-in app did not reach RUNNING in 240 s")
            time.sleep(0.5)
        ready = {
            "dashboard": f"http://127.0.0.1:{ports['dashboard']}",
            "serve": f"http://127.0.0.1:{ports['serve']}",
            "setupS": round(time.monotonic() - began, 1),
            "rayVersion": ray.__version__,
            "logs": workdir,
        }
        print(json.dumps({"ready": ready}), flush=True)
        # Serve until the driver closes stdin (it ended, or died: the pipe closes either way).
        sys.stdin.read()
        return 0
    except SystemExit:
        raise
    except Exception as error:
        print(json.dumps({"error": str(error)[:2000]}), flush=True)
        return 1
    finally:
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            signal.signal(sig, signal.SIG_IGN)
        try:
            import ray

            if ray.is_initialized():
                ray.shutdown()
        except Exception:
            pass
        if head is not None and head.poll() is None:
            head.terminate()
            try:
                head.wait(timeout=15)
            except subprocess.TimeoutExpired:
                pass
        sweep(5.0)
        if not CONFIG.get("keepLogs"):
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
