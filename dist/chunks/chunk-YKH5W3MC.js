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
    test: "npm run typecheck && node --test --test-reporter=spec 'test/**/*.test.ts'",
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
    "spdy-transport": "^3.0.0",
    ws: "^8.23.0",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@types/node": "^24.19.4",
    "@types/ws": "^8.18.2",
    esbuild: "^0.28.2",
    node: "^24.21.0",
    typescript: "5.9"
  },
  allowScripts: {
    node: true,
    esbuild: true
  }
};

// src/cli/tool.ts
var TOOL = {
  name: "rayservice-ci",
  version: package_default.version,
  informationUri: "https://github.com/rayservice-ci/rayservice-ci"
};

export {
  TOOL
};
