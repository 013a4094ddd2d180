import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  LINT_INPUTS,
  lintAction
} from "../chunks/chunk-5H4A5OT6.js";
import {
  actionsIo,
  runAction
} from "../chunks/chunk-KODQ6URA.js";
import "../chunks/chunk-YKH5W3MC.js";
import "../chunks/chunk-3IX3CYAN.js";
import "../chunks/chunk-S5ZBFXNU.js";

// src/actions/lint/main.ts
runAction(async () => void await lintAction(actionsIo(LINT_INPUTS)));
