// A Taurus (bzt) YAML as a LoadProfile: execution[] and scenarios with Taurus's semantics (ExecutionSettings.md,
// bzt/engine/modules.py get_load), reporting's passfail criteria, and our extension block `x-rayservice-ci`.
// Taurus features we do not run are errors naming the key; settings that only upload to BlazeMeter are accepted
// with a warning, since nothing here uploads.
import type { YamlPath } from '../manifest/index.ts';
import { isMapping, kindOf, type Mapping, type ProfileReader } from './profile-reader.ts';
import type { CriterionSource, ExecutionSpec, LoadProfile, ScenarioSpec } from './profile.ts';
import { criterionText, readScenario, type BodyFileReader } from './scenario-reader.ts';
import { readExtensions } from './extension-reader.ts';

const TOP_KEYS = new Set(['execution', 'scenarios', 'reporting', 'modules', 'version', 'x-rayservice-ci']);

const UNSUPPORTED_TOP_KEYS: Readonly<Record<string, string>> = {
  settings: 'engine settings',
  provisioning: 'provisioning (cloud runs)',
  services: 'services (shell hooks, monitoring, virtual displays)',
  'included-configs': 'included configs',
  'cli-aliases': 'CLI aliases',
};

const EXECUTION_KEYS = new Set([
  'scenario',
  'concurrency',
  'ramp-up',
  'steps',
  'hold-for',
  'iterations',
  'throughput',
  'executor',
  'criteria',
]);

const UNSUPPORTED_EXECUTION_KEYS: Readonly<Record<string, string>> = {
  delay: 'a delayed start',
  'start-at': 'a start at a wall-clock time',
  env: 'environment variables for the executor',
  files: 'extra files',
  locations: 'BlazeMeter cloud locations (a cloud run, not an upload)',
  'locations-weighted': 'BlazeMeter cloud locations',
  provisioning: 'provisioning (cloud runs)',
  'system-properties': 'JMeter system properties',
  properties: 'JMeter properties',
  distributed: 'distributed JMeter',
  'write-xml-jtl': 'JTL files',
};

/** Reporting modules: ours to evaluate, ours to replace, or BlazeMeter's upload (accepted, warned). */
const REPORTERS_WARNED: Readonly<Record<string, string>> = {
  blazemeter: 'uploads results to BlazeMeter; rayservice-ci uploads nothing: the results stay in the results JSON',
  'final-stats': 'prints a summary; rayservice-ci prints its own summary table',
  console: "is Taurus's live console; rayservice-ci prints a progress line",
};

/** `version: 1` (as the seed profile has) is accepted: Taurus ignores it too. */
export function readTaurusProfile(
  reader: ProfileReader,
  root: Mapping,
  path: string,
  readBodyFile: BodyFileReader,
): LoadProfile | undefined {
  for (const key of Object.keys(root)) {
    const why = UNSUPPORTED_TOP_KEYS[key];
    if (why)
      reader.error([key], `"${key}" (${why}) is a Taurus feature rayservice-ci does not support; remove it.`, 'key');
    else if (!TOP_KEYS.has(key))
      reader.error(
        [key],
        `"${key}" is not a Taurus key rayservice-ci reads (it reads execution, scenarios, reporting, and x-rayservice-ci for its own settings).`,
        'key',
      );
  }
  if (root['modules'] !== undefined) {
    const modules = reader.mapping(root['modules'], ['modules']);
    for (const name of Object.keys(modules ?? {})) {
      if (name === 'blazemeter')
        reader.warn(
          ['modules', name],
          'BlazeMeter upload settings are accepted and ignored: rayservice-ci uploads nothing.',
        );
      else
        reader.error(
          ['modules', name],
          `module settings ("${name}") are a Taurus feature rayservice-ci does not support; remove them.`,
          'key',
        );
    }
  }
  const scenarios = new Map<string, ScenarioSpec>();
  const criteria: CriterionSource[] = [];
  const scenariosRaw = reader.mapping(root['scenarios'], ['scenarios']) ?? {};
  const readNamed = (name: string): ScenarioSpec | undefined => {
    const known = scenarios.get(name);
    if (known) return known;
    const raw = reader.mapping(scenariosRaw[name], ['scenarios', name]);
    if (!raw) return undefined;
    const read = readScenario(reader, name, raw, ['scenarios', name], readBodyFile);
    for (const c of read.criteria) criteria.push({ syntax: 'taurus', text: c.text, place: reader.place(c.path) });
    if (read.scenario) scenarios.set(name, read.scenario);
    return read.scenario;
  };

  const executionRaw = root['execution'];
  const executionList = Array.isArray(executionRaw)
    ? executionRaw
    : isMapping(executionRaw)
      ? [executionRaw]
      : undefined;
  if (!executionList || executionList.length === 0) {
    reader.error(
      ['execution'],
      executionRaw === undefined
        ? 'a Taurus profile needs execution: a list of load settings with a scenario.'
        : `expected a list of executions, got ${kindOf(executionRaw)}.`,
    );
    return undefined;
  }
  const executions: ExecutionSpec[] = [];
  executionList.forEach((raw, i) => {
    const path: YamlPath = Array.isArray(executionRaw) ? ['execution', i] : ['execution'];
    const item = reader.mapping(raw, path);
    if (!item) return;
    const execution = readExecution(reader, item, path, (scenarioRaw, scenarioPath) => {
      if (typeof scenarioRaw === 'string') {
        if (scenariosRaw[scenarioRaw] === undefined)
          return reader.error(
            scenarioPath,
            `no scenario named "${scenarioRaw}" under scenarios (it has ${Object.keys(scenariosRaw).join(', ') || 'none'}).`,
          );
        return readNamed(scenarioRaw);
      }
      if (isMapping(scenarioRaw)) {
        const read = readScenario(reader, `execution-${i}`, scenarioRaw, scenarioPath, readBodyFile);
        for (const c of read.criteria) criteria.push({ syntax: 'taurus', text: c.text, place: reader.place(c.path) });
        return read.scenario;
      }
      return reader.error(
        scenarioPath,
        'expected the name of a scenario under scenarios, or a scenario written inline.',
      );
    });
    if (execution.criteria)
      for (const c of execution.criteria)
        criteria.push({ syntax: 'taurus', text: c.text, place: reader.place(c.path) });
    if (execution.spec) executions.push(execution.spec);
  });

  const reporting = root['reporting'];
  if (reporting !== undefined) {
    if (!Array.isArray(reporting))
      reader.error(['reporting'], 'expected a list of reporters, e.g. - module: passfail.');
    else
      reporting.forEach((entry, i) => {
        const module = typeof entry === 'string' ? entry : isMapping(entry) ? entry['module'] : undefined;
        if (typeof module !== 'string')
          return void reader.error(['reporting', i], 'expected a reporter: a module name, or a mapping with module:.');
        if (module === 'passfail') {
          const list = isMapping(entry) ? entry['criteria'] : undefined;
          if (list === undefined) return;
          if (!Array.isArray(list))
            return void reader.error(['reporting', i, 'criteria'], 'expected a list of criteria like "p95>10s".');
          list.forEach((c, j) => {
            const text = criterionText(reader, c, ['reporting', i, 'criteria', j]);
            if (text !== undefined)
              criteria.push({ syntax: 'taurus', text, place: reader.place(['reporting', i, 'criteria', j]) });
          });
          return;
        }
        const warned = REPORTERS_WARNED[module];
        if (warned) reader.warn(['reporting', i], `the ${module} reporter ${warned}; it is accepted and ignored.`);
        else
          reader.error(
            ['reporting', i],
            `the ${module} reporter is a Taurus feature rayservice-ci does not support (it evaluates passfail, and accepts blazemeter, final-stats and console with a warning).`,
          );
      });
  }

  const extensions = readExtensions(reader, root['x-rayservice-ci'], ['x-rayservice-ci']);
  criteria.push(...extensions.criteria);
  if (reader.errors.length) return undefined;
  return {
    format: 'taurus',
    path,
    executions,
    criteria,
    limits: extensions.limits,
    settings: extensions.settings,
    warnings: reader.warnings,
  };
}

function readExecution(
  reader: ProfileReader,
  raw: Mapping,
  path: YamlPath,
  scenarioOf: (raw: unknown, path: YamlPath) => ScenarioSpec | undefined,
): { spec: ExecutionSpec | undefined; criteria: { text: string; path: YamlPath }[] } {
  for (const key of Object.keys(raw)) {
    const why = UNSUPPORTED_EXECUTION_KEYS[key];
    if (why)
      reader.error(
        [...path, key],
        `"${key}" (${why}) is a Taurus feature rayservice-ci does not support; remove it.`,
        'key',
      );
    else if (!EXECUTION_KEYS.has(key))
      reader.error(
        [...path, key],
        `"${key}" is not an execution setting rayservice-ci knows (it reads ${[...EXECUTION_KEYS].join(', ')}).`,
        'key',
      );
  }
  const executor = raw['executor'];
  if (executor !== undefined && executor !== 'jmeter')
    reader.error(
      [...path, 'executor'],
      `rayservice-ci runs profiles with the JMeter executor's semantics (Taurus's default); executor "${String(executor)}" places think time and ramps differently. Remove executor, or set jmeter.`,
    );
  let concurrencyRaw = raw['concurrency'];
  // A per-provisioning mapping (bzt/engine/modules.py): the local value runs here; cloud values are BlazeMeter's.
  if (isMapping(concurrencyRaw)) {
    for (const k of Object.keys(concurrencyRaw))
      if (k !== 'local')
        reader.warn(
          [...path, 'concurrency', k],
          `concurrency for "${k}" provisioning runs on BlazeMeter; only the local value is used.`,
        );
    concurrencyRaw = concurrencyRaw['local'];
  }
  const users = reader.number(concurrencyRaw, [...path, 'concurrency'], { integer: true });
  const rampUpMs = reader.duration(raw['ramp-up'], [...path, 'ramp-up']);
  const holdForMs = reader.duration(raw['hold-for'], [...path, 'hold-for']);
  const steps = reader.number(raw['steps'], [...path, 'steps'], { integer: true });
  const iterations = reader.number(raw['iterations'], [...path, 'iterations'], { integer: true });
  const throughput = reader.number(raw['throughput'], [...path, 'throughput'], { min: Number.MIN_VALUE });
  if (steps !== undefined && !rampUpMs)
    reader.error([...path, 'steps'], 'steps needs ramp-up (Taurus: a stepped ramp over the ramp-up time).');
  if (throughput !== undefined && !rampUpMs && !holdForMs)
    reader.error(
      [...path, 'throughput'],
      'throughput needs ramp-up or hold-for (Taurus shapes the rate over the duration).',
    );
  const criteria: { text: string; path: YamlPath }[] = [];
  if (raw['criteria'] !== undefined) {
    if (!Array.isArray(raw['criteria'])) reader.error([...path, 'criteria'], 'expected a list of pass/fail criteria.');
    else
      raw['criteria'].forEach((c, i) => {
        const text = criterionText(reader, c, [...path, 'criteria', i]);
        if (text !== undefined) criteria.push({ text, path: [...path, 'criteria', i] });
      });
  }
  if (raw['scenario'] === undefined) {
    reader.error(path, 'an execution needs scenario: the name of a scenario, or one written inline.');
    return { spec: undefined, criteria };
  }
  const scenario = scenarioOf(raw['scenario'], [...path, 'scenario']);
  if (!scenario) return { spec: undefined, criteria };
  // Taurus: without iterations and without a duration, one iteration (bzt/engine/modules.py get_load).
  const noDuration = !rampUpMs && !holdForMs;
  return {
    spec: {
      scenario,
      shape: {
        kind: 'closed',
        users: users ?? 1,
        rampUpMs: rampUpMs ?? 0,
        steps: steps ?? 0,
        holdForMs: holdForMs ?? 0,
        iterations: iterations ?? (noDuration ? 1 : undefined),
        throughput,
      },
      place: reader.place(path),
    },
    criteria,
  };
}
