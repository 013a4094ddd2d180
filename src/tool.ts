// The tool's identity, for SARIF, user agents and annotations: shared by the CLI and the actions.
import pkg from '../package.json' with { type: 'json' };

export const TOOL = {
  name: 'rayservice-ci',
  version: pkg.version,
  informationUri: 'https://github.com/rayservice-ci/rayservice-ci',
} as const;
