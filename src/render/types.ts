// The RenderedManifest contract: what render hands to deploy next to the rendered YAML.
import { API_VERSION, defineContract } from '../contracts/index.ts';
import { INITIALIZING_TIMEOUT_ANNOTATION } from '../ray/index.ts';

export interface SecretReference {
  /** Environment variable the Ray containers read. */
  readonly env: string;
  readonly secretName: string;
  readonly key: string;
}

export interface RenderSource {
  readonly repository?: string | undefined;
  readonly sha?: string | undefined;
  readonly pullRequest?: number | undefined;
  readonly runUrl?: string | undefined;
}

export interface RenderedManifest {
  readonly apiVersion: typeof API_VERSION;
  readonly kind: 'RenderedManifest';
  /** Path of the rendered YAML, when it was written to a file. */
  readonly manifest: string | undefined;
  readonly namespace: string;
  readonly name: string;
  readonly runId: string;
  readonly expiresAt: string;
  readonly labels: Readonly<Record<string, string>>;
  /** Secrets deploy must create in the namespace before applying (from --secret-env). */
  readonly secrets: readonly SecretReference[];
}

export const LABELS = {
  managedBy: 'app.kubernetes.io/managed-by',
  runId: 'rayservice-ci.io/run-id',
} as const;

export const ANNOTATIONS = {
  expiresAt: 'rayservice-ci.io/expires-at',
  repository: 'rayservice-ci.io/source-repository',
  sha: 'rayservice-ci.io/source-sha',
  pullRequest: 'rayservice-ci.io/source-pull-request',
  runUrl: 'rayservice-ci.io/run-url',
  initializingTimeout: INITIALIZING_TIMEOUT_ANNOTATION,
} as const;

export const renderedManifestSchema = {
  type: 'object',
  required: ['apiVersion', 'kind', 'namespace', 'name', 'runId', 'expiresAt', 'labels', 'secrets'],
  properties: {
    apiVersion: { const: API_VERSION },
    kind: { const: 'RenderedManifest' },
    manifest: { type: 'string' },
    namespace: { type: 'string' },
    name: { type: 'string' },
    runId: { type: 'string' },
    expiresAt: { type: 'string' },
    labels: { type: 'object', additionalProperties: { type: 'string' } },
    secrets: {
      type: 'array',
      items: {
        type: 'object',
        required: ['env', 'secretName', 'key'],
        properties: { env: { type: 'string' }, secretName: { type: 'string' }, key: { type: 'string' } },
      },
    },
  },
} as const;

export const RENDERED_MANIFEST = defineContract<RenderedManifest>('RenderedManifest', renderedManifestSchema);
