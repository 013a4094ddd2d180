// Rules on the RayService and its RayCluster spec that KubeRay enforces late or not at all
// (ray-operator/controllers/ray/utils/validation.go, utils/constant.go).
import {
  compareRayVersions,
  formatRayVersion,
  gatesBetween,
  KUBERAY_GATES,
  parseRayVersion,
  rayVersionOfAnyImage,
  dict,
  list,
  stringOr,
  initializingTimeoutOf,
  DNS_1035_LABEL,
  INITIALIZING_TIMEOUT_ANNOTATION,
  MAX_RAYSERVICE_NAME,
  type RayVersion,
} from '../../ray/index.ts';
import type { YamlPath } from '../../manifest/index.ts';
import { CLUSTER_PATH, type Rule } from '../target.ts';

export const workerGroupBounds: Rule = {
  meta: {
    id: 'worker-group-bounds',
    severity: 'error',
    description: 'Worker groups need 0 ≤ minReplicas ≤ replicas ≤ maxReplicas and numOfHosts ≥ 1.',
  },
  check(target, report) {
    list(dict(dict(target.resource['spec'])['rayClusterConfig'])['workerGroupSpecs']).forEach((raw, index) => {
      const group = dict(raw);
      const name = stringOr(group['groupName'], `#${index}`);
      const path = [...CLUSTER_PATH, 'workerGroupSpecs', index];
      const n = (key: string) => (typeof group[key] === 'number' ? (group[key] as number) : undefined);
      const min = n('minReplicas');
      const max = n('maxReplicas');
      const replicas = n('replicas');
      for (const [key, value] of [
        ['minReplicas', min],
        ['maxReplicas', max],
        ['replicas', replicas],
      ] as const) {
        if (value !== undefined && value < 0) {
          report({
            message: `Group "${name}": ${key} ${value} must be ≥ 0.`,
            at: { in: 'manifest', path: [...path, key] },
            hint: `Set ${key} to 0 or more.`,
          });
        }
      }
      if (min !== undefined && max !== undefined && min > max) {
        report({
          message: `Group "${name}": minReplicas ${min} is above maxReplicas ${max}; KubeRay rejects the RayCluster.`,
          at: { in: 'manifest', path: [...path, 'minReplicas'] },
          hint: 'Set minReplicas ≤ maxReplicas.',
        });
      }
      if (replicas !== undefined && ((min !== undefined && replicas < min) || (max !== undefined && replicas > max))) {
        report({
          message: `Group "${name}": replicas ${replicas} is outside [minReplicas ${min ?? 0}, maxReplicas ${max ?? '∞'}]; KubeRay clamps it, so the cluster starts with a different size than written.`,
          at: { in: 'manifest', path: [...path, 'replicas'] },
          hint: 'Set replicas within the bounds, or leave it out (it starts at minReplicas).',
          severity: 'warning',
        });
      }
      const hosts = n('numOfHosts');
      if (hosts !== undefined && hosts < 1) {
        report({
          message: `Group "${name}": numOfHosts ${hosts} must be ≥ 1.`,
          at: { in: 'manifest', path: [...path, 'numOfHosts'] },
          hint: 'Use 1 unless the group runs multi-host TPUs.',
        });
      }
    });
  },
};

function images(
  target: { groups: readonly { name: string; image: string | undefined; containerPath: YamlPath }[] },
  cluster: Record<string, unknown>,
) {
  const found: { where: string; image: string; path: YamlPath }[] = [];
  for (const group of target.groups) {
    if (group.image)
      found.push({ where: `group "${group.name}"`, image: group.image, path: [...group.containerPath, 'image'] });
  }
  const autoscalerImage = stringOr(dict(cluster['autoscalerOptions'])['image'], undefined);
  if (autoscalerImage)
    found.push({
      where: 'autoscalerOptions',
      image: autoscalerImage,
      path: [...CLUSTER_PATH, 'autoscalerOptions', 'image'],
    });
  return found;
}

export const rayVersionImage: Rule = {
  meta: {
    id: 'ray-version-image',
    severity: 'error',
    description:
      'rayVersion should be the Ray version the images run (rayproject/* tags exactly; other images whose tag or name carries a Ray version, as a guess). An error when the two lie on either side of a KubeRay rayVersion gate this RayService uses; a warning otherwise.',
    bands: KUBERAY_GATES.map((gate) => ({
      versions: `rayVersion gate ${gate.since.replace(/\.0$/, '')}`,
      behaviour: `${gate.what} (${gate.source.replace(/ \((\w+)\)$/, ', $1')})`,
    })),
  },
  check(target, report) {
    const cluster = dict(dict(target.resource['spec'])['rayClusterConfig']);
    const raw = cluster['rayVersion'];
    const declared: RayVersion | undefined = typeof raw === 'string' ? parseRayVersion(raw) : undefined;
    if (typeof raw === 'string' && declared === undefined) {
      report({
        message: `rayVersion "${raw}" is not a version number.`,
        at: { in: 'manifest', path: [...CLUSTER_PATH, 'rayVersion'] },
        hint: "Write it like '2.47.1'.",
      });
      return;
    }
    const tagged = images(target, cluster).flatMap((entry) => {
      const read = rayVersionOfAnyImage(entry.image);
      return read ? [{ ...entry, ...read }] : [];
    });
    if (declared === undefined) {
      const first = tagged[0];
      if (first && raw === undefined) {
        const v = formatRayVersion(first.version);
        report({
          message: `rayVersion is not set; KubeRay uses it to pick health probes and features, and rayservice-ci to pick Ray's autoscaling behaviour. ${first.where} runs Ray ${v} (image ${first.image}${first.confidence === 'guess' ? ', read from its name or tag: a guess' : ''}).`,
          at: { in: 'manifest', path: CLUSTER_PATH, part: 'key' },
          hint: `Add rayVersion: '${v}' under rayClusterConfig.`,
          severity: 'warning',
        });
      }
      return;
    }
    const declaredText = formatRayVersion(declared);
    for (const entry of tagged) {
      const v = entry.version;
      if (compareRayVersions(v, declared) === 0) continue;
      const runs = `${entry.where} runs image ${entry.image} (Ray ${formatRayVersion(v)}${entry.confidence === 'guess' ? ', read from the name or tag of an image that is not rayproject/*: a guess' : ''}) but rayVersion is ${declared.text}`;
      const hint = `Use the same version in both places (rayVersion: '${formatRayVersion(v)}' or an image tagged ${declaredText}).`;
      const gates = gatesBetween(declared, v);
      const used = gates.filter((gate) => gate.appliesTo(cluster));
      const declaredNewer = compareRayVersions(declared, v) > 0;
      if (used.length > 0) {
        const differences = used
          .map(
            (gate) =>
              `at KubeRay's ${gate.since} gate (${gate.source}) ${declaredNewer ? gate.whenDeclaredNewer : gate.whenDeclaredOlder}`,
          )
          .join('; ');
        report({ message: `${runs}: ${differences}.`, at: { in: 'manifest', path: entry.path }, hint });
        continue;
      }
      const unused = gates.length
        ? ` (it crosses ${gates.map((g) => `the ${g.since} gate, where ${g.what}`).join(' and ')}, which this RayService does not use)`
        : '';
      report({
        message: `${runs}. No KubeRay rayVersion gate this RayService uses lies between them${unused}, so KubeRay generates the same pods; but Serve behaves as Ray ${formatRayVersion(v)} while lint and the pipeline reason from rayVersion.`,
        at: { in: 'manifest', path: entry.path },
        hint,
        severity: 'warning',
      });
    }
  },
};

/** KubeRay: MaxRayServiceNameLength = 53 − 6, leaving room for the cluster suffix it appends. */
export const rayServiceName: Rule = {
  meta: {
    id: 'rayservice-name',
    severity: 'error',
    description: `The RayService name must be a DNS-1035 label of at most ${MAX_RAYSERVICE_NAME} characters.`,
  },
  check(target, report) {
    const name = dict(target.resource['metadata'])['name'];
    if (typeof name !== 'string') return;
    const at = { in: 'manifest' as const, path: ['metadata', 'name'] };
    if (name.length > MAX_RAYSERVICE_NAME) {
      report({
        message: `RayService name "${name}" has ${name.length} characters; KubeRay allows at most ${MAX_RAYSERVICE_NAME}.`,
        at,
        hint: `Shorten it to ${MAX_RAYSERVICE_NAME} characters or fewer.`,
      });
    }
    if (!DNS_1035_LABEL.test(name)) {
      report({
        message: `RayService name "${name}" is not a DNS-1035 label (lowercase letters, digits and "-", starting with a letter, ending with a letter or digit).`,
        at,
        hint: `Try "${
          name
            .toLowerCase()
            .replace(/[^a-z0-9-]+/g, '-')
            .replace(/^[^a-z]+/, '')
            .replace(/-+$/, '') || 'rayservice'
        }".`,
      });
    }
  },
};

/** KubeRay 1.5+ validates this annotation (utils/validation.go validateInitializingTimeout) and fails the RayService. */
export const initializingTimeout: Rule = {
  meta: {
    id: 'initializing-timeout',
    severity: 'error',
    description: `The ${INITIALIZING_TIMEOUT_ANNOTATION} annotation must be a positive Go duration (20m, 1h30m) or whole seconds.`,
  },
  check(target, report) {
    const value = dict(dict(target.resource['metadata'])['annotations'])[INITIALIZING_TIMEOUT_ANNOTATION];
    if (value === undefined || value === '') return;
    const at = { in: 'manifest' as const, path: ['metadata', 'annotations', INITIALIZING_TIMEOUT_ANNOTATION] };
    const timeout = typeof value === 'string' ? initializingTimeoutOf(value) : { problem: 'format' as const };
    if ('problem' in timeout && timeout.problem === 'format') {
      report({
        message: `${INITIALIZING_TIMEOUT_ANNOTATION} "${String(value)}" is neither a Go duration nor whole seconds; KubeRay marks the RayService Ready=False (ValidationFailed) and never starts it.`,
        at,
        hint: 'Write a Go duration such as "20m" or "1h30m" (units h, m, s, ms; no "d"), or seconds such as "1200", as a quoted string.',
      });
    } else if ('problem' in timeout) {
      report({
        message: `${INITIALIZING_TIMEOUT_ANNOTATION} "${String(value)}" is not positive; KubeRay refuses it and never starts the RayService.`,
        at,
        hint: 'Give a timeout above zero, e.g. "20m", or remove the annotation.',
      });
    }
  },
};

export const deprecatedRayServiceField: Rule = {
  meta: {
    id: 'deprecated-rayservice-field',
    severity: 'warning',
    description:
      'RayService fields KubeRay no longer reads (serviceUnhealthySecondThreshold, deploymentUnhealthySecondThreshold) and the deprecated ray.io/v1alpha1 API.',
  },
  check(target, report) {
    const spec = dict(target.resource['spec']);
    for (const key of ['serviceUnhealthySecondThreshold', 'deploymentUnhealthySecondThreshold']) {
      if (key in spec) {
        report({
          message: `spec.${key} has had no effect since KubeRay 1.1.`,
          at: { in: 'manifest', path: ['spec', key], part: 'key' },
          hint: 'Remove it; use the ray.io/initializing-timeout annotation (KubeRay 1.5+) to bound start-up.',
        });
      }
    }
    if (target.resource['apiVersion'] === 'ray.io/v1alpha1') {
      report({
        message: 'apiVersion ray.io/v1alpha1 is deprecated.',
        at: { in: 'manifest', path: ['apiVersion'] },
        hint: 'Use apiVersion: ray.io/v1.',
      });
    }
  },
};

export const serveConfigMissing: Rule = {
  meta: {
    id: 'serve-config-missing',
    severity: 'warning',
    description: 'A RayService without serveConfigV2 deploys no Serve application.',
  },
  check(target, report) {
    if (dict(target.resource['spec'])['serveConfigV2'] === undefined && target.resource['spec'] !== undefined) {
      report({
        message:
          'spec.serveConfigV2 is not set: the cluster starts but serves nothing, and the RayService never becomes Ready.',
        at: { in: 'manifest', path: ['spec'], part: 'key' },
        hint: 'Add serveConfigV2: | with an applications: list.',
      });
    }
  },
};

export const servePortMissing: Rule = {
  meta: {
    id: 'serve-port-missing',
    severity: 'error',
    description:
      'A head container that declares ports needs one named "serve" (or spec.serveService), or KubeRay never creates the serve Service.',
  },
  check(target, report) {
    const spec = dict(target.resource['spec']);
    if (spec['serveService'] !== undefined) return;
    const head = target.groups.find((g) => g.kind === 'head');
    if (!head) return;
    const container = dict(
      list(dict(dict(dict(dict(spec['rayClusterConfig'])['headGroupSpec'])['template'])['spec'])['containers'])[0],
    );
    const ports = list(container['ports']).map(dict);
    if (!ports.length || ports.some((p) => p['name'] === 'serve' || String(p['name'] ?? '').startsWith('serve-')))
      return;
    report({
      message:
        'The head container declares ports but none named "serve": KubeRay takes the serve Service\'s ports from it, so <name>-serve-svc is never created and the RayService never serves (kuberay common/service.go).',
      at: { in: 'manifest', path: [...head.containerPath, 'ports'], part: 'key' },
      hint: "Add - containerPort: 8000, name: serve to the head container's ports (or remove ports to get KubeRay's defaults).",
    });
  },
};
