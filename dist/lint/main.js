import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  LINT_INPUTS,
  lintAction
} from "../chunks/chunk-KJVND6PM.js";
import {
  actionsIo,
  runAction
} from "../chunks/chunk-5QRBNWPS.js";
import "../chunks/chunk-YKH5W3MC.js";
import "../chunks/chunk-AFRALKLC.js";
import "../chunks/chunk-6JHDKNNW.js";
import "../chunks/chunk-S5ZBFXNU.js";

// src/actions/lint/main.ts
runAction(async () => void await lintAction(actionsIo(LINT_INPUTS)));
