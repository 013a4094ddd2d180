import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  RENDER_INPUTS,
  renderAction
} from "../chunks/chunk-NLYH3X2O.js";
import "../chunks/chunk-VKUFO5JZ.js";
import "../chunks/chunk-65SL3IB2.js";
import {
  actionsIo,
  runAction
} from "../chunks/chunk-RZGWILNY.js";
import "../chunks/chunk-E73UPWAZ.js";
import "../chunks/chunk-VFIRZ5NL.js";
import "../chunks/chunk-S5ZBFXNU.js";

// src/actions/render/main.ts
runAction(async () => void await renderAction(actionsIo(RENDER_INPUTS)));
