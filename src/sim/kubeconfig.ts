// The kubeconfig a user (kubectl, @kubernetes/client-node, later stages) points at the sim with.
import { stringify } from 'yaml';

export const SIM_CONTEXT = 'rayservice-ci-sim';

export function simKubeconfig(server: string, namespace = 'default'): string {
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    // client-node refuses plain http unless TLS verification is explicitly off; the sim listens on loopback only.
    clusters: [{ name: SIM_CONTEXT, cluster: { server, 'insecure-skip-tls-verify': true } }],
    users: [{ name: SIM_CONTEXT, user: { token: 'rayservice-ci-sim' } }],
    contexts: [{ name: SIM_CONTEXT, context: { cluster: SIM_CONTEXT, user: SIM_CONTEXT, namespace } }],
    'current-context': SIM_CONTEXT,
    preferences: {},
  });
}
