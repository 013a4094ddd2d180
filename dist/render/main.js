import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  RENDER_INPUTS,
  renderAction
} from "../chunks/chunk-D3VS35MY.js";
import {
  actionsIo,
  runAction
} from "../chunks/chunk-KODQ6URA.js";
import "../chunks/chunk-HOJ3X3LE.js";
import "../chunks/chunk-V5EYLQ52.js";
import "../chunks/chunk-3IX3CYAN.js";
import "../chunks/chunk-S5ZBFXNU.js";

// src/actions/render/main.ts
runAction(async () => void await renderAction(actionsIo(RENDER_INPUTS)));
