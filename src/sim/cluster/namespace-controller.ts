// kube-controller-manager's namespace controller: a Terminating namespace has its contents deleted (finalizers
// permitting), and goes once it is empty.
import { RESOURCE_TYPES } from '../api/resources.ts';
import type { ObjectStore } from '../api/store.ts';
import type { Clock, Cancel } from '../clock.ts';

const NAMESPACE = RESOURCE_TYPES.find((t) => t.kind === 'Namespace')!;

export function startNamespaceController(store: ObjectStore, clock: Clock): Cancel {
  // Namespaces and their contents are read in place (the store's objects are frozen); deletes go by name.
  const sweep = () => {
    for (const ns of store.scan(NAMESPACE)) {
      if (!ns.metadata.deletionTimestamp) continue;
      let remaining = 0;
      for (const type of RESOURCE_TYPES) {
        if (!type.namespaced) continue;
        for (const object of store.scan(type, ns.metadata.name)) {
          remaining++;
          if (!object.metadata.deletionTimestamp) store.delete(type, ns.metadata.name, object.metadata.name);
        }
      }
      if (remaining === 0) store.forget(NAMESPACE, undefined, ns.metadata.name);
    }
  };
  return clock.every(500, sweep);
}
