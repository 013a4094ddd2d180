// The string rules Kubernetes names, label and annotation keys and label values follow, with apimachinery's wording
// (k8s.io/apimachinery pkg/util/validation/validation.go, pkg/api/validation/generic.go and path/name.go, v0.32),
// and which rule each kind's metadata.name follows (k8s.io/kubernetes pkg/apis/core/validation/validation.go:
// ValidatePodName, ValidateServiceName, ValidateNamespaceName, …; pkg/apis/rbac/validation: ValidateRBACName;
// apiextensions-apiserver's ValidateCustomResourceDefinition; custom resources use NameIsDNSSubdomain).
import type { ResourceType } from './resources.ts';
import type { Json } from './json.ts';

/** A name rule: the reasons `name` breaks it, none when it is valid. `prefix`: it is a generateName. */
export type NameRule = (name: string, prefix: boolean) => string[];

/** Go's len(): names are measured in bytes. */
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

const maxLen = (n: number) => `must be no more than ${n} characters`;

function regexError(message: string, format: string, ...examples: string[]): string {
  if (!examples.length) return `${message} (regex used for validation is '${format}')`;
  // Go's RegexError appends "'x', " per example and " or " between them: the double space is in real messages too.
  return `${message} (e.g. ${examples.map((e) => `'${e}', `).join(' or ')}regex used for validation is '${format}')`;
}

const DNS1123_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN = `${DNS1123_LABEL}(\\.${DNS1123_LABEL})*`;
const DNS1035_LABEL = '[a-z]([-a-z0-9]*[a-z0-9])?';
const QUALIFIED_NAME = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const LABEL_VALUE = `(${QUALIFIED_NAME})?`;
const anchored = (format: string) => new RegExp(`^${format}$`);
const dns1123LabelRe = anchored(DNS1123_LABEL);
const dns1123SubdomainRe = anchored(DNS1123_SUBDOMAIN);
const dns1035LabelRe = anchored(DNS1035_LABEL);
const qualifiedNameRe = anchored(QUALIFIED_NAME);
const labelValueRe = anchored(LABEL_VALUE);

const SUBDOMAIN_MESSAGE =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
const LABEL_MESSAGE =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
const DNS1035_MESSAGE =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";
const QUALIFIED_MESSAGE =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const LABEL_VALUE_MESSAGE =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

export function isDns1123Subdomain(value: string): string[] {
  const errors: string[] = [];
  if (bytes(value) > 253) errors.push(maxLen(253));
  if (!dns1123SubdomainRe.test(value)) errors.push(regexError(SUBDOMAIN_MESSAGE, DNS1123_SUBDOMAIN, 'example.com'));
  return errors;
}

export function isDns1123Label(value: string): string[] {
  const errors: string[] = [];
  if (bytes(value) > 63) errors.push(maxLen(63));
  if (!dns1123LabelRe.test(value))
    errors.push(
      dns1123SubdomainRe.test(value)
        ? 'must not contain dots'
        : regexError(LABEL_MESSAGE, DNS1123_LABEL, 'my-name', '123-abc'),
    );
  return errors;
}

export function isDns1035Label(value: string): string[] {
  const errors: string[] = [];
  if (bytes(value) > 63) errors.push(maxLen(63));
  if (!dns1035LabelRe.test(value)) errors.push(regexError(DNS1035_MESSAGE, DNS1035_LABEL, 'my-name', 'abc-123'));
  return errors;
}

/** A label key, annotation key or finalizer: an optional DNS subdomain prefix and '/', then a name of ≤ 63. */
export function isQualifiedName(value: string): string[] {
  const errors: string[] = [];
  const parts = value.split('/');
  if (parts.length > 2) {
    return [
      `a qualified name ${regexError(QUALIFIED_MESSAGE, QUALIFIED_NAME, 'MyName', 'my.name', '123-abc')} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  }
  const name = parts[parts.length - 1]!;
  if (parts.length === 2) {
    const prefix = parts[0]!;
    if (!prefix) errors.push('prefix part must be non-empty');
    else errors.push(...isDns1123Subdomain(prefix).map((m) => `prefix part ${m}`));
  }
  if (!name) errors.push('name part must be non-empty');
  else if (bytes(name) > 63) errors.push(`name part ${maxLen(63)}`);
  if (!qualifiedNameRe.test(name))
    errors.push(`name part ${regexError(QUALIFIED_MESSAGE, QUALIFIED_NAME, 'MyName', 'my.name', '123-abc')}`);
  return errors;
}

export function isLabelValue(value: string): string[] {
  const errors: string[] = [];
  if (bytes(value) > 63) errors.push(maxLen(63));
  if (!labelValueRe.test(value))
    errors.push(regexError(LABEL_VALUE_MESSAGE, LABEL_VALUE, 'MyValue', 'my_value', '12345'));
  return errors;
}

/** Names that are safe as one segment of a REST path or a storage key (no '/', no '%', not '.' or '..'). */
export function isPathSegmentName(value: string): string[] {
  if (value === '.' || value === '..') return [`may not be '${value}'`];
  return ['/', '%'].filter((c) => value.includes(c)).map((c) => `may not contain '${c}'`);
}

/**
 * A generateName is checked as the prefix of a longer name: a trailing '-' is allowed. apimachinery's
 * maskTrailingDash drops the last two characters and appends 'a', and so does this, so the same prefixes pass.
 */
function maskTrailingDash(name: string): string {
  return name.length > 1 && name.endsWith('-') ? `${name.slice(0, -2)}a` : name;
}

const nameIs =
  (rule: (value: string) => string[]): NameRule =>
  (name, prefix) =>
    rule(prefix ? maskTrailingDash(name) : name);

export const nameIsDnsSubdomain = nameIs(isDns1123Subdomain);
export const nameIsDnsLabel = nameIs(isDns1123Label);
export const nameIsDns1035Label = nameIs(isDns1035Label);
const rbacName: NameRule = (name) => isPathSegmentName(name);

/** A CRD is named after what it defines: `<spec.names.plural>.<spec.group>`, and a DNS subdomain. */
function crdName(object: Json): NameRule {
  const plural = typeof object?.spec?.names?.plural === 'string' ? object.spec.names.plural : '';
  const group = typeof object?.spec?.group === 'string' ? object.spec.group : '';
  return (name, prefix) => [
    ...nameIsDnsSubdomain(name, prefix),
    ...(name !== `${plural}.${group}` ? ['must be spec.names.plural+"."+spec.group'] : []),
  ];
}

/** The rule `type`'s metadata.name follows; `object` is the object being validated (a CRD's name depends on it). */
export function nameRuleFor(type: ResourceType, object: Json): NameRule {
  if (type.group === '' && type.kind === 'Namespace') return nameIsDnsLabel;
  if (type.group === '' && type.kind === 'Service') return nameIsDns1035Label;
  if (type.group === 'rbac.authorization.k8s.io') return rbacName;
  if (type.group === 'apiextensions.k8s.io' && type.kind === 'CustomResourceDefinition') return crdName(object);
  // Pod, ConfigMap, Secret, ServiceAccount, Endpoints, Node, ResourceQuota, EndpointSlice and every custom resource
  // (RayService, RayCluster): NameIsDNSSubdomain.
  return nameIsDnsSubdomain;
}
