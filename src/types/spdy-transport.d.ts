// The one part of spdy-transport (no published types) the sim uses: SPDY/3's header compression dictionary.
declare module 'spdy-transport' {
  const transport: { readonly protocol: { readonly spdy: { readonly dictionary: { readonly 3: Buffer } } } };
  export default transport;
}
