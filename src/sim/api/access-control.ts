// What the sim's one user may not do, for tests of clients that check their permissions first: a
// SelfSubjectAccessReview is answered from the deny rules, and a request they cover is refused with RBAC's 403.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from '../http.ts';
import { status } from './status.ts';

/** One permission the sim's user lacks, as RBAC names it (`pods/portforward` is resource `pods`, subresource `portforward`). */
export interface AccessRule {
  readonly verb: string;
  readonly resource: string;
  /** API group; '' (the default) is core. */
  readonly group?: string;
  readonly subresource?: string;
}

/** What a request asks to do, in RBAC's terms (kube-apiserver's RequestInfo). */
interface Attributes {
  readonly verb: string;
  readonly group: string;
  readonly resource: string;
  readonly subresource: string;
  readonly namespace: string;
}

const USER = 'rayservice-ci-sim';
const REVIEW_PATH = '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews';

/** The request's verb and resource, or undefined for what RBAC does not cover here (discovery, /version, upgrades). */
function attributesOf(req: IncomingMessage): Attributes | undefined {
  const url = new URL(req.url ?? '/', 'http://sim');
  const parts = url.pathname.split('/').filter(Boolean);
  let rest: string[];
  let group: string;
  if (parts[0] === 'api' && parts[1] === 'v1') [group, rest] = ['', parts.slice(2)];
  else if (parts[0] === 'apis' && parts.length >= 3) [group, rest] = [parts[1]!, parts.slice(3)];
  else return undefined;
  let namespace = '';
  // /namespaces/NS/<resource>… is namespaced; /namespaces and /namespaces/NS are the namespace objects themselves.
  if (rest[0] === 'namespaces' && rest.length >= 3) [namespace, rest] = [rest[1]!, rest.slice(2)];
  const [resource, name, subresource = ''] = rest;
  if (!resource) return undefined;
  const method = req.method ?? 'GET';
  const watching = url.searchParams.get('watch') === 'true' || url.searchParams.get('watch') === '1';
  const verb =
    method === 'GET'
      ? watching
        ? 'watch'
        : name
          ? 'get'
          : 'list'
      : method === 'POST'
        ? 'create'
        : method === 'PUT'
          ? 'update'
          : method === 'PATCH'
            ? 'patch'
            : method === 'DELETE'
              ? name
                ? 'delete'
                : 'deletecollection'
              : undefined;
  return verb ? { verb, group, resource, subresource, namespace } : undefined;
}

function denies(
  rules: readonly AccessRule[],
  a: { verb: string; group?: string; resource: string; subresource?: string },
): boolean {
  return rules.some(
    (r) =>
      r.verb === a.verb &&
      r.resource === a.resource &&
      (r.group ?? '') === (a.group ?? '') &&
      (r.subresource ?? '') === (a.subresource ?? ''),
  );
}

/**
 * A request handler in front of the API: answers SelfSubjectAccessReviews and refuses denied requests, returning a
 * promise that settles once it has answered; undefined for every request it leaves to the API server.
 */
export function accessControl(
  rules: readonly AccessRule[],
): (req: IncomingMessage, res: ServerResponse) => Promise<void> | undefined {
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://sim').pathname;
    if (req.method === 'POST' && path === REVIEW_PATH) return review(rules, req, res);
    const attributes = attributesOf(req);
    if (!attributes || !denies(rules, attributes)) return undefined;
    const { verb, group, resource, subresource, namespace } = attributes;
    const what = `${resource}${group ? `.${group}` : ''}`;
    const message = `${what} is forbidden: User "${USER}" cannot ${verb} resource "${resource}${subresource ? `/${subresource}` : ''}" in API group "${group}"${namespace ? ` in the namespace "${namespace}"` : ' at the cluster scope'}`;
    req.resume();
    sendJson(res, 403, status({ code: 403, reason: 'Forbidden', message, details: { kind: resource, group } }));
    return Promise.resolve();
  };
}

async function review(rules: readonly AccessRule[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  let object: {
    spec?: { resourceAttributes?: { verb?: string; group?: string; resource?: string; subresource?: string } };
  };
  try {
    object = JSON.parse(body?.toString('utf8') ?? '') as typeof object;
  } catch {
    return sendJson(
      res,
      400,
      status({ code: 400, reason: 'BadRequest', message: 'the SelfSubjectAccessReview is not JSON' }),
    );
  }
  const attributes = object.spec?.resourceAttributes;
  const denied =
    attributes?.verb !== undefined &&
    attributes.resource !== undefined &&
    denies(rules, {
      verb: attributes.verb,
      resource: attributes.resource,
      group: attributes.group ?? '',
      subresource: attributes.subresource ?? '',
    });
  const reviewStatus = denied
    ? { allowed: false, reason: "rayservice-ci sim: denied by the sim's deny rules" }
    : { allowed: true, reason: 'rayservice-ci sim: allowed' };
  sendJson(res, 201, {
    ...object,
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SelfSubjectAccessReview',
    metadata: { creationTimestamp: null },
    status: reviewStatus,
  });
}
