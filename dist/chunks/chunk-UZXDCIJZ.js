import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);

// package.json
var package_default = {
  name: "rayservice-ci",
  version: "0.1.0",
  description: "Prove a Ray Serve LLM service on Kubernetes autoscales the way its config says: lint, render, deploy, load, observe, assert, report.",
  license: "Apache-2.0",
  type: "module",
  private: true,
  bin: {
    "rayservice-ci": "dist/cli.js"
  },
  engines: {
    node: ">=24"
  },
  scripts: {
    build: "node scripts/build.ts",
    typecheck: "tsc --noEmit -p tsconfig.json",
    "lint:code": "eslint . && prettier --check .",
    format: "prettier --write . && eslint --fix .",
    test: "node scripts/test-setup.ts && npm run -s typecheck && npm run -s lint:code && node --test --test-timeout=120000 --import ./test/helpers/exit-when-done.ts --test-reporter=spec 'test/**/*.test.ts'",
    "test:setup": "node scripts/test-setup.ts",
    "test:conformance": "node scripts/conformance.ts",
    fuzz: "node scripts/fuzz.ts",
    demo: "node scripts/demo.ts",
    bench: "node scripts/bench.ts",
    "rayservice-ci": "node dist/cli.js"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/exec": "^3.0.0",
    "@actions/github": "^9.1.1",
    "@kubernetes/client-node": "^2.0.1",
    ajv: "^8.20.0",
    "hdr-histogram-js": "^3.0.1",
    "spdy-transport": "^3.0.0",
    undici: "^8.13.1",
    ws: "^8.23.0",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@eslint/js": "^10.0.1",
    "@types/node": "^24.19.4",
    "@types/ws": "^8.18.2",
    autocannon: "^9.0.0",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "eslint-config-prettier": "^10.1.8",
    "fast-check": "^4.11.0",
    mermaid: "^11.17.2",
    node: "^24.21.0",
    prettier: "^3.10.1",
    typescript: "5.9",
    "typescript-eslint": "^8.74.0"
  },
  allowScripts: {
    node: true,
    esbuild: true
  }
};

// src/tool.ts
var TOOL = {
  name: "rayservice-ci",
  version: package_default.version,
  informationUri: "https://github.com/rayservice-ci/rayservice-ci"
};

export {
  TOOL
};
