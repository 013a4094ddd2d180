// What deploy applies: the rendered YAML's documents, checked against render's RenderedManifest — one RayService,
// every object in the run's namespace (so deleting the namespace removes all of it), nothing cluster-scoped.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { KubernetesObject } from '@kubernetes/client-node';
import { readContract } from '../contracts/index.ts';
import { parseYamlFile, YAML_LIMITS } from '../manifest/index.ts';
import { dict } from '../ray/index.ts';
import { RENDERED_MANIFEST, type RenderedManifest } from '../render/index.ts';
import type { RayServiceObject } from './readiness.ts';

export interface DeployManifest {
  readonly rendered: RenderedManifest;
  /** Every document, in file order. */
  readonly objects: readonly KubernetesObject[];
  readonly rayService: RayServiceObject & KubernetesObject;
}

export type ManifestResult =
  | { readonly ok: true; readonly manifest: DeployManifest }
  | { readonly ok: false; readonly problems: readonly string[] };

/** render writes rendered.yaml and rendered.json side by side; the JSON is found beside the YAML unless given. */
export function renderedManifestPath(manifest: string): string {
  return manifest.replace(/\.ya?ml$/i, '') + '.json';
}

export async function readDeployManifest(
  cwd: string,
  manifestPath: string,
  renderedPath: string | undefined,
): Promise<ManifestResult> {
  const fail = (...problems: string[]): ManifestResult => ({ ok: false, problems });
  const rendered = await readContract(
    resolve(cwd, renderedPath ?? renderedManifestPath(manifestPath)),
    RENDERED_MANIFEST,
  );
  if (!rendered.ok) {
    return fail(
      renderedPath
        ? rendered.problem
        : `${rendered.problem} deploy reads the RenderedManifest render wrote beside the manifest (render --result); pass it with --rendered FILE.`,
    );
  }
  const path = resolve(cwd, manifestPath);
  const size = await stat(path).then(
    (s) => s.size,
    () => -1,
  );
  if (size < 0) return fail(`Cannot read ${manifestPath}: no such file.`);
  if (size > YAML_LIMITS.maxBytes)
    return fail(`${manifestPath} is larger than ${YAML_LIMITS.maxBytes / 1024 / 1024} MB.`);
  const text = await readFile(path, 'utf8');
  const parsed = parseYamlFile(manifestPath, text);
  const syntax = parsed.documents.flatMap((d) =>
    d.problems.map((p) => `${manifestPath}:${p.span.start.line}:${p.span.start.column}: ${p.message}`),
  );
  if (syntax.length) return fail(...syntax);
  const { namespace, name } = rendered.value;
  const objects: KubernetesObject[] = [];
  const problems: string[] = [];
  parsed.documents.forEach((doc, i) => {
    if (doc.value === null || doc.value === undefined) return;
    const object = dict(doc.value) as KubernetesObject;
    const where = `${manifestPath}: document ${i + 1}${object.kind ? ` (${object.kind})` : ''}`;
    if (
      typeof object.apiVersion !== 'string' ||
      typeof object.kind !== 'string' ||
      typeof object.metadata?.name !== 'string'
    ) {
      problems.push(`${where} has no apiVersion, kind and metadata.name.`);
    } else if (object.metadata.namespace !== namespace) {
      problems.push(
        `${where} is ${object.metadata.namespace ? `in namespace ${object.metadata.namespace}` : 'not namespaced'}, not the run's namespace ${namespace}: deploy creates only what teardown removes with the namespace; render the file again.`,
      );
    } else objects.push(object);
  });
  if (problems.length) return fail(...problems);
  const services = objects.filter((o) => o.apiVersion === 'ray.io/v1' && o.kind === 'RayService');
  if (services.length !== 1 || services[0]!.metadata!.name !== name) {
    return fail(
      `${manifestPath} holds ${services.length === 1 ? `the RayService ${services[0]!.metadata!.name}` : `${services.length} ray.io/v1 RayServices`}, but its RenderedManifest names ${name}; pass the pair render wrote together.`,
    );
  }
  return {
    ok: true,
    manifest: { rendered: rendered.value, objects, rayService: services[0] as RayServiceObject & KubernetesObject },
  };
}
