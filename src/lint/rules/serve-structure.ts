// Rules on the shape of the Serve applications, from the validators in Ray's python/ray/serve/schema.py.
import { dict, list, stringOr } from '../../ray/index.ts';
import type { Rule } from '../target.ts';

export const routePrefix: Rule = {
  meta: {
    id: 'route-prefix',
    severity: 'error',
    description:
      'route_prefix must start with "/", must not end with "/" (unless it is "/") and must not contain "{" or "}".',
  },
  check(target, report) {
    for (const app of target.apps) {
      const prefix = app.routePrefix;
      if (typeof prefix !== 'string') continue;
      const problem = !prefix.startsWith('/')
        ? 'must start with "/"'
        : prefix.length > 1 && prefix.endsWith('/')
          ? 'must not end with "/"'
          : /[{}]/.test(prefix)
            ? 'must not contain "{" or "}"'
            : undefined;
      if (problem) {
        report({
          message: `route_prefix "${prefix}" of application "${app.name}" ${problem}; Ray rejects the config.`,
          at: { in: 'serve', path: ['applications', app.index, 'route_prefix'] },
          hint: `Use "/${prefix.replace(/^\/+|\/+$/g, '').replace(/[{}]/g, '')}".`,
        });
      }
    }
  },
};

export const uniqueApplications: Rule = {
  meta: {
    id: 'unique-applications',
    severity: 'error',
    description: 'Application names must be non-empty and unique, and route prefixes unique.',
  },
  check(target, report) {
    const names = new Map<string, number>();
    const prefixes = new Map<string, number>();
    for (const app of target.apps) {
      if (app.name === '') {
        report({
          message: 'Application name is empty; Ray rejects the config.',
          at: { in: 'serve', path: ['applications', app.index, 'name'] },
          hint: 'Give the application a name.',
        });
      }
      const sameName = names.get(app.name);
      if (sameName !== undefined) {
        report({
          message: `Application name "${app.name}" is used twice (applications[${sameName}] and [${app.index}]); Ray rejects the config.`,
          at: { in: 'serve', path: ['applications', app.index, 'name'] },
          hint: 'Rename one of the applications.',
        });
      } else names.set(app.name, app.index);
      const prefix = app.routePrefix === undefined ? '/' : app.routePrefix;
      if (prefix === null) continue;
      const samePrefix = prefixes.get(prefix);
      if (samePrefix !== undefined) {
        report({
          message: `route_prefix "${prefix}" is used by applications[${samePrefix}] and [${app.index}]; Ray rejects the config.`,
          at: {
            in: 'serve',
            path: ['applications', app.index, app.routePrefix === undefined ? 'name' : 'route_prefix'],
          },
          hint: 'Give each application its own route_prefix (an omitted one means "/").',
        });
      } else prefixes.set(prefix, app.index);
    }
  },
};

export const importPath: Rule = {
  meta: {
    id: 'import-path',
    severity: 'error',
    description: 'import_path must be "module:attribute" or "module.attribute".',
  },
  check(target, report) {
    for (const app of target.apps) {
      const path = app.importPath;
      if (path === undefined) continue;
      const colons = path.split(':').length - 1;
      const bad =
        colons > 1 ||
        (colons === 1 && (path.startsWith(':') || path.endsWith(':'))) ||
        (colons === 0 && (!path.includes('.') || path.startsWith('.') || path.endsWith('.'))) ||
        /\s/.test(path);
      if (bad) {
        report({
          message: `import_path "${path}" of application "${app.name}" is not "module:attribute" or "module.attribute".`,
          at: { in: 'serve', path: ['applications', app.index, 'import_path'] },
          hint: 'For Ray Serve LLM use "ray.serve.llm:build_openai_app".',
        });
      }
    }
  },
};

export const appHostPort: Rule = {
  meta: {
    id: 'app-host-port',
    severity: 'error',
    description: 'host and port belong in http_options, not inside an application.',
  },
  check(target, report) {
    const apps = list(target.serve?.value['applications']);
    apps.forEach((app, index) => {
      for (const key of ['host', 'port']) {
        if (dict(app)[key] !== undefined) {
          report({
            message: `"${key}" is set inside application ${index}; Ray rejects it in multi-application configs.`,
            at: { in: 'serve', path: ['applications', index, key], part: 'key' },
            hint: `Move it to the top-level http_options.${key}.`,
          });
        }
      }
    });
  },
};

const REMOTE_URI = /^[a-z][a-z0-9+.-]*:\/\//i;

export const runtimeEnvRemoteUri: Rule = {
  meta: {
    id: 'runtime-env-remote-uri',
    severity: 'error',
    description: 'runtime_env working_dir and py_modules must be remote URIs in a Serve config.',
  },
  check(target, report) {
    list(target.serve?.value['applications']).forEach((app, index) => {
      const env = dict(dict(app)['runtime_env']);
      const base = ['applications', index, 'runtime_env'];
      const workingDir = stringOr(env['working_dir'], undefined);
      if (workingDir !== undefined && !REMOTE_URI.test(workingDir)) {
        report({
          message: `runtime_env.working_dir "${workingDir}" is a local path; Serve configs accept only remote URIs.`,
          at: { in: 'serve', path: [...base, 'working_dir'] },
          hint: 'Upload a zip and use its URI (https://…/archive.zip, s3://…, gs://…), or bake the code into the image.',
        });
      }
      list(env['py_modules']).forEach((module, m) => {
        if (typeof module === 'string' && !REMOTE_URI.test(module)) {
          report({
            message: `runtime_env.py_modules entry "${module}" is a local path; Serve configs accept only remote URIs.`,
            at: { in: 'serve', path: [...base, 'py_modules', m] },
            hint: 'Use a remote URI (https://…/module.zip, s3://…, gs://…).',
          });
        }
      });
    });
  },
};

export const duplicateModelId: Rule = {
  meta: {
    id: 'duplicate-model-id',
    severity: 'error',
    description: 'Model ids of one build_openai_app must be unique.',
  },
  check(target, report) {
    const seen = new Map<string, string>();
    for (const deployment of target.deployments) {
      if (!deployment.llm) continue;
      const key = `${deployment.appIndex}/${deployment.llm.modelId}`;
      if (seen.has(key)) {
        report({
          message: `Model id "${deployment.llm.modelId}" appears twice in application "${deployment.appName}"; Ray rejects duplicate model ids.`,
          at: { in: 'serve', path: deployment.llm.modelIdPath },
          hint: 'Give each llm_configs entry its own model_id.',
        });
      } else seen.set(key, deployment.name);
    }
  },
};
