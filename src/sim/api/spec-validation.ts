// What kube-apiserver's validation requires of the specs the sim's controllers act on: a pod has containers, each
// with a DNS-label name and an image (k8s.io/kubernetes pkg/apis/core/validation/validation.go, ValidatePodSpec
// and validateContainers). Without it a pod with no spec reached the scheduler, which stopped on it every tick.
import { invalidValue, required, type FieldError } from './field-errors.ts';
import { isDns1123Label } from './name-rules.ts';
import type { ResourceType } from './resources.ts';
import type { Json } from './json.ts';

function containerErrors(containers: Json, path: string, needed: boolean): FieldError[] {
  if (!Array.isArray(containers) || containers.length === 0) return needed ? [required(path, '')] : [];
  const errors: FieldError[] = [];
  containers.forEach((container: Json, i: number) => {
    const at = `${path}[${i}]`;
    if (!container?.name) errors.push(required(`${at}.name`, ''));
    else
      for (const message of isDns1123Label(container.name))
        errors.push(invalidValue(`${at}.name`, container.name, message));
    if (!container?.image) errors.push(required(`${at}.image`, ''));
  });
  return errors;
}

/** The spec errors of an object of `type` (a Pod's containers); none for kinds the sim does not check. */
export function specErrors(type: ResourceType, object: Json): FieldError[] {
  if (type.group !== '' || type.kind !== 'Pod') return [];
  return [
    ...containerErrors(object?.spec?.containers, 'spec.containers', true),
    ...containerErrors(object?.spec?.initContainers, 'spec.initContainers', false),
  ];
}
