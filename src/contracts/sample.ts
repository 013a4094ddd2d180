// The one sample stream stages share (observe's Timeline, load's per-second windows; assert and report read both):
// a point `{time, metric, labels, value}`, with `time` in whole milliseconds since the Unix epoch on the clock the
// stage ran on.

export interface Sample {
  readonly time: number;
  readonly metric: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

export const sampleLabelsSchema = { type: 'object', additionalProperties: { type: 'string' } } as const;

export const sampleSchema = {
  type: 'object',
  required: ['time', 'metric', 'labels', 'value'],
  properties: {
    time: { type: 'integer' },
    metric: { type: 'string', minLength: 1 },
    labels: sampleLabelsSchema,
    value: { type: 'number' },
  },
} as const;
