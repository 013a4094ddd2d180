import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  InputError
} from "./chunk-ZX5C764E.js";
import "./chunk-S5ZBFXNU.js";

// src/cli/output.ts
import { writeFile } from "node:fs/promises";
async function writeOutput(path, text) {
  await writeFile(path, text).catch((error) => {
    throw new InputError(`Cannot write ${path}: ${error.code ?? error.message}.`);
  });
}
export {
  writeOutput
};
