import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  DEPLOY_INPUTS,
  deployAction,
  runnerExtras
} from "../chunks/chunk-T5NT7DZV.js";
import "../chunks/chunk-A2NQXRQN.js";
import "../chunks/chunk-TTQN4OPH.js";
import "../chunks/chunk-EUU7CETW.js";
import "../chunks/chunk-65SL3IB2.js";
import {
  actionsIo,
  runAction
} from "../chunks/chunk-RZGWILNY.js";
import "../chunks/chunk-EAV6QPSN.js";
import "../chunks/chunk-VFIRZ5NL.js";
import "../chunks/chunk-S5ZBFXNU.js";

// src/actions/deploy/main.ts
runAction(async () => void await deployAction({ ...actionsIo(DEPLOY_INPUTS), ...runnerExtras() }));
