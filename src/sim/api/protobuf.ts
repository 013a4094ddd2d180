// Kubernetes' protobuf request bodies, for the built-in kinds kubectl creates with its typed clients (`kubectl
// create namespace|secret|configmap|serviceaccount`): the `k8s\0` + runtime.Unknown envelope and the field numbers of
// k8s.io/api core/v1 and k8s.io/apimachinery meta/v1 generated.proto. Anything else is refused with 415.
import type { Json } from './json.ts';

type Field =
  | { name: string; kind: 'string' | 'bytes' | 'int' | 'bool' | 'repeated-string' | 'map-string' | 'map-bytes' }
  | { name: string; kind: 'message'; message: Message };
type Message = Record<number, Field>;

const OBJECT_META: Message = {
  1: { name: 'name', kind: 'string' },
  2: { name: 'generateName', kind: 'string' },
  3: { name: 'namespace', kind: 'string' },
  11: { name: 'labels', kind: 'map-string' },
  12: { name: 'annotations', kind: 'map-string' },
  14: { name: 'finalizers', kind: 'repeated-string' },
};

const KINDS: Record<string, Message> = {
  'v1/Namespace': {
    1: { name: 'metadata', kind: 'message', message: OBJECT_META },
    2: { name: 'spec', kind: 'message', message: { 1: { name: 'finalizers', kind: 'repeated-string' } } },
  },
  'v1/Secret': {
    1: { name: 'metadata', kind: 'message', message: OBJECT_META },
    2: { name: 'data', kind: 'map-bytes' },
    3: { name: 'type', kind: 'string' },
    4: { name: 'stringData', kind: 'map-string' },
    5: { name: 'immutable', kind: 'bool' },
  },
  'v1/ConfigMap': {
    1: { name: 'metadata', kind: 'message', message: OBJECT_META },
    2: { name: 'data', kind: 'map-string' },
    3: { name: 'binaryData', kind: 'map-bytes' },
    4: { name: 'immutable', kind: 'bool' },
  },
  'v1/ServiceAccount': {
    1: { name: 'metadata', kind: 'message', message: OBJECT_META },
    4: { name: 'automountServiceAccountToken', kind: 'bool' },
  },
};

const TYPE_META: Message = { 1: { name: 'apiVersion', kind: 'string' }, 2: { name: 'kind', kind: 'string' } };
const UNKNOWN: Message = {
  1: { name: 'typeMeta', kind: 'message', message: TYPE_META },
  2: { name: 'raw', kind: 'bytes' },
};

class Reader {
  private offset = 0;
  private readonly buffer: Buffer;

  constructor(buffer: Buffer) {
    this.buffer = buffer;
  }

  get done(): boolean {
    return this.offset >= this.buffer.length;
  }

  varint(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      if (this.offset >= this.buffer.length) throw new Error('truncated varint');
      const byte = this.buffer[this.offset++]!;
      result += (byte & 0x7f) * 2 ** shift;
      if (!(byte & 0x80)) return result;
      shift += 7;
    }
  }

  bytes(): Buffer {
    const length = this.varint();
    if (this.offset + length > this.buffer.length) throw new Error('truncated field');
    const out = this.buffer.subarray(this.offset, this.offset + length);
    this.offset += length;
    return out;
  }

  skip(wireType: number): void {
    if (wireType === 0) this.varint();
    else if (wireType === 1) this.offset += 8;
    else if (wireType === 2) this.bytes();
    else if (wireType === 5) this.offset += 4;
    else throw new Error(`unsupported wire type ${wireType}`);
  }
}

function decode(buffer: Buffer, message: Message): Record<string, Json> {
  const reader = new Reader(buffer);
  const out: Record<string, Json> = {};
  while (!reader.done) {
    const tag = reader.varint();
    const number = Math.floor(tag / 8);
    const wireType = tag % 8;
    const field = message[number];
    if (!field) {
      reader.skip(wireType);
      continue;
    }
    switch (field.kind) {
      case 'string':
        out[field.name] = reader.bytes().toString('utf8');
        break;
      case 'bytes':
        out[field.name] = Buffer.from(reader.bytes());
        break;
      case 'int':
        out[field.name] = reader.varint();
        break;
      case 'bool':
        out[field.name] = reader.varint() !== 0;
        break;
      case 'repeated-string':
        (out[field.name] ??= []).push(reader.bytes().toString('utf8'));
        break;
      case 'map-string':
      case 'map-bytes': {
        const entry = decode(reader.bytes(), {
          1: { name: 'key', kind: 'string' },
          2: { name: 'value', kind: field.kind === 'map-string' ? 'string' : 'bytes' },
        });
        // The JSON form of bytes is base64, as the API server would serve it.
        (out[field.name] ??= {})[entry['key'] ?? ''] =
          field.kind === 'map-bytes' ? Buffer.from(entry['value'] ?? []).toString('base64') : (entry['value'] ?? '');
        break;
      }
      case 'message':
        out[field.name] = decode(reader.bytes(), field.message);
        break;
    }
  }
  return out;
}

export const PROTOBUF = 'application/vnd.kubernetes.protobuf';

/** The JSON form of a protobuf request body, or a sentence saying why it cannot be read. */
export function decodeKubernetesProtobuf(body: Buffer): Record<string, unknown> | string {
  if (body.length < 4 || body.subarray(0, 4).toString('latin1') !== 'k8s\0')
    return 'not a Kubernetes protobuf message (no k8s\\0 prefix)';
  let envelope: Record<string, Json>;
  try {
    envelope = decode(body.subarray(4), UNKNOWN);
  } catch (error) {
    return `malformed protobuf: ${(error as Error).message}`;
  }
  const apiVersion = String(envelope['typeMeta']?.apiVersion ?? '');
  const kind = String(envelope['typeMeta']?.kind ?? '');
  const message = KINDS[`${apiVersion}/${kind}`];
  if (!message)
    return `the sim reads protobuf only for ${Object.keys(KINDS).join(', ')}; send ${apiVersion}/${kind} as JSON`;
  try {
    return { apiVersion, kind, ...decode(envelope['raw'] ?? Buffer.alloc(0), message) };
  } catch (error) {
    return `malformed protobuf ${kind}: ${(error as Error).message}`;
  }
}
