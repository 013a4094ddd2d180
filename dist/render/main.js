import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  RENDER_INPUTS,
  renderAction
} from "../chunks/chunk-7ICAVLED.js";
import "../chunks/chunk-EUU7CETW.js";
import "../chunks/chunk-65SL3IB2.js";
import {
  actionsIo,
  runAction
} from "../chunks/chunk-RZGWILNY.js";
import "../chunks/chunk-EAV6QPSN.js";
import "../chunks/chunk-VFIRZ5NL.js";
import "../chunks/chunk-S5ZBFXNU.js";

// src/actions/render/main.ts
runAction(async () => void await renderAction(actionsIo(RENDER_INPUTS)));
