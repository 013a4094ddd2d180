import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  getState,
  saveState,
  setSecret,
  warning
} from "./chunk-KILP7Y4M.js";

// src/actions/deploy/runtime.ts
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
function runnerExtras() {
  const controller = new AbortController();
  for (const name of ["SIGINT", "SIGTERM"]) process.once(name, () => controller.abort(name));
  return {
    saveState: (name, value) => saveState(name, value),
    getState: (name) => getState(name),
    mask: (value) => setSecret(value),
    warning: (message) => warning(message),
    signal: controller.signal
  };
}
var STATE = {
  kubeconfigDir: "kubeconfig-dir",
  namespace: "namespace",
  context: "context",
  runId: "run-id",
  teardown: "teardown"
};
var CREDENTIAL_KEY = /^\s*-?\s*(token|password|client-key-data|client-certificate-data|id-token|refresh-token|access-token|client-secret)\s*:\s*["']?([^"'\s]+)["']?\s*$/;
function kubeconfigCredentials(text) {
  return text.split(/\r?\n/).flatMap((line) => {
    const match = CREDENTIAL_KEY.exec(line);
    return match ? [match[2]] : [];
  });
}
function kubeconfigText(input) {
  const compact = input.replace(/\s+/g, "");
  if (!input.includes(":") && /^[A-Za-z0-9+/=]+$/.test(compact)) return Buffer.from(compact, "base64").toString("utf8");
  return input;
}
async function writeKubeconfig(io, input) {
  const text = kubeconfigText(input);
  io.mask(input.trim());
  for (const credential of kubeconfigCredentials(text)) io.mask(credential);
  const dir = await mkdtemp(join(io.tempDir, "rayservice-ci-kube-"));
  io.saveState(STATE.kubeconfigDir, dir);
  const path = join(dir, "kubeconfig");
  await writeFile(path, text, { mode: 384 });
  return path;
}
async function removeKubeconfig(dir) {
  if (dir) await rm(dir, { recursive: true, force: true });
}

export {
  runnerExtras,
  STATE,
  writeKubeconfig,
  removeKubeconfig
};
