import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  RENDER_INPUTS,
  renderAction
} from "../chunks/chunk-HIMWJE4E.js";
import {
  actionsIo,
  runAction
} from "../chunks/chunk-5QRBNWPS.js";
import "../chunks/chunk-UTNMZZOO.js";
import "../chunks/chunk-AFRALKLC.js";
import "../chunks/chunk-V5EYLQ52.js";
import "../chunks/chunk-6JHDKNNW.js";
import "../chunks/chunk-S5ZBFXNU.js";

// src/actions/render/main.ts
runAction(async () => void await renderAction(actionsIo(RENDER_INPUTS)));
