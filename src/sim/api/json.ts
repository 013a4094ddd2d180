// The sim's one escape hatch from the type system: Kubernetes objects as they arrive over the wire are arbitrary
// JSON that the API server and the controllers index freely, as apimachinery's unstructured objects do. Every
// such value is typed `Json`, so the places that trust wire data stay greppable.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above: unstructured wire JSON
export type Json = any;
