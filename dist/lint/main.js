import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  LINT_INPUTS,
  lintAction
} from "../chunks/chunk-QNS3WYAP.js";
import "../chunks/chunk-BNTYONMV.js";
import {
  actionsIo,
  runAction
} from "../chunks/chunk-RZGWILNY.js";
import "../chunks/chunk-E73UPWAZ.js";
import "../chunks/chunk-VFIRZ5NL.js";
import "../chunks/chunk-S5ZBFXNU.js";

// src/actions/lint/main.ts
runAction(async () => void await lintAction(actionsIo(LINT_INPUTS)));
