(function (exports, require, module, __filename, __dirname) {
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar4(node) || isCollection(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap3;
    exports2.isNode = isNode;
    exports2.isPair = isPair2;
    exports2.isScalar = isScalar4;
    exports2.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit3(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports2.visit = visit3;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit3 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit3.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit3 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit3.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var visit3 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit3.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar2 = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar2.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar2.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar2.PLAIN = "PLAIN";
    Scalar2.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar2.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar2;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar2.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar2.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar2.Scalar.BLOCK_FOLDED ? false : type === Scalar2.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar2.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar2.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar2.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar2.Scalar.BLOCK_FOLDED:
          case Scalar2.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar2.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar2.Scalar.BLOCK_FOLDED || key.type === Scalar2.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    var node_process = require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports2.debug = debug;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar2.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar2.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar2.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap;
    exports2.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports2.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar2.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports2.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar2.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar2.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar2.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar2.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int2;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar2.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    var node_buffer = require("buffer");
    var Scalar2 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar2.Scalar.BLOCK_LITERAL);
        if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar2.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar2.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar2.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar2.Scalar(false),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar2.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int2;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool2 = require_bool2();
    var float = require_float2();
    var int2 = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool2.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports2.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar2.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar2.Scalar.BLOCK_FOLDED : Scalar2.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar2.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    var Scalar2 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar2.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar2.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar2.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports2.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports2.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit3(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    visit3.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit3.parentCollection = (cst, path) => {
      const parent = visit3.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports2.visit = visit3;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar4 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar4;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports2.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports2.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list3, type) {
      for (let i = 0; i < list3.length; ++i)
        if (list3[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list3) {
      for (let i = 0; i < list3.length; ++i) {
        switch (list3[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports2.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse3(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports2.parse = parse3;
    exports2.parseAllDocuments = parseAllDocuments3;
    exports2.parseDocument = parseDocument2;
    exports2.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit3 = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar2.Scalar;
    exports2.YAMLMap = YAMLMap.YAMLMap;
    exports2.YAMLSeq = YAMLSeq.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit3.visit;
    exports2.visitAsync = visit3.visitAsync;
  }
});

// src/cli/io.ts
var UsageError, InputError;
var init_io = __esm({
  "src/cli/io.ts"() {
    "use strict";
    UsageError = class extends Error {
    };
    InputError = class extends Error {
    };
  }
});

// src/cli/output.ts
var output_exports = {};
__export(output_exports, {
  writeOutput: () => writeOutput
});
async function writeOutput(path, text) {
  await (0, import_promises.writeFile)(path, text).catch((error) => {
    throw new InputError(`Cannot write ${path}: ${error.code ?? error.message}.`);
  });
}
var import_promises;
var init_output = __esm({
  "src/cli/output.ts"() {
    "use strict";
    import_promises = require("node:fs/promises");
    init_io();
  }
});

// src/cli/lint-command.ts
var lint_command_exports = {};
__export(lint_command_exports, {
  InputError: () => InputError,
  LINT_USAGE: () => LINT_USAGE,
  UsageError: () => UsageError,
  lintCommand: () => lintCommand,
  lintReported: () => lintReported
});
module.exports = __toCommonJS(lint_command_exports);
var import_node_fs3 = require("node:fs");
var import_node_path3 = require("node:path");
var import_node_util = require("node:util");

// src/lint/lint-paths.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");

// src/manifest/line-index.ts
var LineIndex = class {
  lineStarts;
  text;
  constructor(text) {
    this.text = text;
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
  }
  get lineCount() {
    return this.lineStarts.length;
  }
  position(offset) {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.lineStarts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - this.lineStarts[lo] + 1 };
  }
  span(start, end) {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }
  /** Text of a 1-based line, without its line break. */
  lineText(line) {
    const start = this.lineStarts[line - 1];
    if (start === void 0) return "";
    const next = this.lineStarts[line];
    const end = next === void 0 ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, "");
  }
  lineStart(line) {
    return this.lineStarts[line - 1] ?? this.text.length;
  }
};

// src/manifest/scalar-offsets.ts
var import_yaml = __toESM(require_dist(), 1);
var BLANK = /* @__PURE__ */ new Set([" ", "	", "\n", "\r"]);
function scalarOffsetMap(source, scalar) {
  const value = typeof scalar.value === "string" ? scalar.value : scalar.source ?? String(scalar.value);
  const [start, end] = scalar.range ?? [0, 0];
  const offsets = align(source, start, end, value, scalar.type);
  if (offsets === null) {
    return { exact: false, toSource: () => start };
  }
  return {
    exact: true,
    toSource: (index) => offsets[Math.max(0, Math.min(index, offsets.length - 1))]
  };
}
function align(source, start, end, value, type) {
  let j = start;
  if (type === "BLOCK_LITERAL" || type === "BLOCK_FOLDED") {
    const newline = source.indexOf("\n", start);
    j = newline === -1 ? end : newline + 1;
  } else if (type === "QUOTE_DOUBLE" || type === "QUOTE_SINGLE") {
    j = start + 1;
  }
  const offsets = [];
  for (let i = 0; i < value.length; i++) {
    const want = value[i];
    if (BLANK.has(want)) {
      offsets.push(Math.min(j, end));
      continue;
    }
    let matched = false;
    while (j < end) {
      const ch = source[j];
      if (type === "QUOTE_DOUBLE" && ch === "\\") {
        const escape = decodeEscape(source, j);
        if (escape.text === want) {
          offsets.push(j);
          j += escape.length;
          matched = true;
          break;
        }
        if (escape.text !== "" && !BLANK.has(escape.text)) return null;
        j += escape.length;
        continue;
      }
      if (type === "QUOTE_SINGLE" && ch === "'" && source[j + 1] === "'" && want === "'") {
        offsets.push(j);
        j += 2;
        matched = true;
        break;
      }
      if (ch === want) {
        offsets.push(j);
        j++;
        matched = true;
        break;
      }
      if (!BLANK.has(ch)) return null;
      j++;
    }
    if (!matched) return null;
  }
  offsets.push(Math.min(j, end));
  return offsets;
}
function decodeEscape(source, at) {
  const next = source[at + 1] ?? "";
  const hex = (digits) => {
    const code = Number.parseInt(source.slice(at + 2, at + 2 + digits), 16);
    return { text: Number.isNaN(code) ? "" : String.fromCodePoint(code), length: 2 + digits };
  };
  switch (next) {
    case "x":
      return hex(2);
    case "u":
      return hex(4);
    case "U":
      return hex(8);
    case "\n":
      return { text: "", length: 2 };
    case "\r":
      return { text: "", length: source[at + 2] === "\n" ? 3 : 2 };
    default:
      return { text: SIMPLE_ESCAPES[next] ?? next, length: 2 };
  }
}
var SIMPLE_ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  "	": "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
};

// src/manifest/yaml-source.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/manifest/yaml-path.ts
var import_yaml2 = __toESM(require_dist(), 1);
function formatYamlPath(path, empty = "the document") {
  return path.reduce((out, s) => typeof s === "number" ? `${out}[${s}]` : out ? `${out}.${s}` : s, "") || empty;
}
function keyText(key) {
  if ((0, import_yaml2.isScalar)(key)) return String(key.value);
  return String(key);
}
function childOf(node, segment) {
  if ((0, import_yaml2.isMap)(node)) {
    const pair = node.items.find((item) => (0, import_yaml2.isPair)(item) && keyText(item.key) === String(segment));
    return pair ? { node: pair.value, pair } : void 0;
  }
  if ((0, import_yaml2.isSeq)(node) && typeof segment === "number") {
    return segment < node.items.length ? { node: node.items[segment] } : void 0;
  }
  return void 0;
}
function rangeOf(node) {
  const range = node?.range;
  return range ? [range[0], range[1]] : void 0;
}

// src/manifest/yaml-source.ts
var YAML_LIMITS = {
  /** Larger than any real manifest (a 5 MB one passes), small enough that parsing stays well under a second. */
  maxBytes: 8 * 1024 * 1024,
  /** Alias expansions per document: a few anchors are normal, a billion laughs is not. */
  maxAliasCount: 100
};
var PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, keepSourceTokens: true, logLevel: "error" };
var YamlSource = class _YamlSource {
  doc;
  /** The text the document was parsed from (the decoded string, for an embedded document). */
  text;
  /** The document as plain values; null when it cannot be built (an unresolved or excessive alias). */
  value;
  /** Syntax and structure problems, each at its place in the file the user wrote. */
  problems;
  lines;
  toFileOffset;
  constructor(doc, text, lines, toFileOffset, extra = []) {
    this.doc = doc;
    this.text = text;
    this.lines = lines;
    this.toFileOffset = toFileOffset;
    const problems = [...extra];
    for (const error of doc.errors)
      problems.push({ message: firstLineOf(error.message), span: this.span(error.pos[0], error.pos[1]) });
    for (const key of duplicateKeys(doc)) {
      const range = rangeOf(key) ?? [0, 0];
      problems.push({
        message: `Map keys must be unique; "${keyText(key)}" is repeated`,
        span: this.span(range[0], range[1])
      });
    }
    let value = null;
    try {
      value = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
    } catch (error) {
      const alias = offendingAlias(doc);
      const range = rangeOf(alias) ?? rangeOf(doc.contents) ?? [0, 0];
      const message = firstLineOf(error.message);
      problems.push({
        message: /Excessive alias count/.test(message) ? `Aliases expand more than ${YAML_LIMITS.maxAliasCount} times (a resource-exhaustion pattern); write the values out` : message,
        span: this.span(range[0], range[1])
      });
    }
    this.value = value;
    this.problems = problems;
  }
  /** Where a path is: the key of its pair (`part: 'key'`) or its value. Falls back to the nearest ancestor. */
  locate(path, part = "value") {
    let node = this.doc.contents;
    let pair;
    let nearest = rangeOf(node) ?? [0, 0];
    for (const segment of path) {
      const step = childOf(node, segment);
      if (step === void 0) return { span: this.span(nearest[0], nearest[1]), found: false };
      node = step.node;
      pair = step.pair;
      const range = rangeOf(node) ?? rangeOf(pair?.key);
      if (range) nearest = range;
    }
    if (part === "key" && pair !== void 0) {
      const keyRange = rangeOf(pair.key);
      if (keyRange) return { span: this.span(keyRange[0], keyRange[1]), found: true };
    }
    return { span: this.span(nearest[0], nearest[1]), found: true };
  }
  /** The node at a path, for callers that need its style (embedded documents, edits). */
  node(path) {
    let node = this.doc.contents;
    for (const segment of path) {
      const step = childOf(node, segment);
      if (step === void 0) return void 0;
      node = step.node;
    }
    return node;
  }
  /**
   * Parses the string scalar at `path` as a YAML document of its own, with positions that land in this file.
   * Returns undefined when the path holds no string.
   */
  embedded(path) {
    const node = this.node(path);
    if (!(0, import_yaml3.isScalar)(node) || typeof node.value !== "string") return void 0;
    const text = node.value;
    const map = scalarOffsetMap(this.text, node);
    const inner = (0, import_yaml3.parseDocument)(text, PARSE_OPTIONS);
    return new _YamlSource(inner, text, this.lines, (offset) => this.toFileOffset(map.toSource(offset)));
  }
  span(start, end) {
    return this.lines.span(this.toFileOffset(start), this.toFileOffset(end));
  }
};
function parseYamlFile(path, text) {
  const lines = new LineIndex(text);
  if (Buffer.byteLength(text) > YAML_LIMITS.maxBytes) {
    const empty = (0, import_yaml3.parseDocument)("", PARSE_OPTIONS);
    const problem = {
      message: `The file is ${megabytes(Buffer.byteLength(text))} MB; rayservice-ci reads YAML files up to ${megabytes(YAML_LIMITS.maxBytes)} MB. Split it, or lint only the manifests`,
      span: lines.span(0, 0)
    };
    return {
      path,
      text,
      lines,
      documents: [new YamlSource(empty, "", lines, () => 0, [problem])],
      slices: [[0, text.length]]
    };
  }
  const documents = (0, import_yaml3.parseAllDocuments)(text, PARSE_OPTIONS);
  const list3 = Array.isArray(documents) ? documents : [];
  const starts = list3.map((doc, i) => i === 0 ? 0 : doc.range[0]);
  const slices = starts.map((start, i) => [start, starts[i + 1] ?? text.length]);
  return {
    path,
    text,
    lines,
    documents: list3.map((doc) => new YamlSource(doc, text, lines, (offset) => offset)),
    slices
  };
}
function firstLineOf(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
function megabytes(bytes) {
  return (bytes / 1024 / 1024).toFixed(1);
}
function duplicateKeys(doc) {
  const repeated = [];
  (0, import_yaml3.visit)(doc, {
    Map(_, map) {
      const seen = /* @__PURE__ */ new Set();
      for (const { key } of map.items) {
        if (!(0, import_yaml3.isScalar)(key)) continue;
        const identity = `${typeof key.value}:${String(key.value)}`;
        if (seen.has(identity)) repeated.push(key);
        seen.add(identity);
      }
    }
  });
  return repeated.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
}
function offendingAlias(doc) {
  let first;
  let unresolved;
  (0, import_yaml3.visit)(doc, {
    Alias(_, alias) {
      first ??= alias;
      if (alias.resolve(doc) === void 0) {
        unresolved = alias;
        return import_yaml3.visit.BREAK;
      }
      return void 0;
    }
  });
  return unresolved ?? first;
}

// src/manifest/yaml-edit.ts
var import_yaml4 = __toESM(require_dist(), 1);

// src/ray/version.ts
var VERSION = /^(\d+)\.(\d+)(?:\.(\d+))?/;
function parseRayVersion(text) {
  const match = VERSION.exec(text.trim());
  if (!match) return void 0;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3] ?? 0), text: text.trim() };
}
function compareRayVersions(a, b) {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}
function atLeast(version, minimum) {
  const min = parseRayVersion(minimum);
  return min !== void 0 && compareRayVersions(version, min) >= 0;
}
var RAY_IMAGE = /(?:^|\/)rayproject\/(ray-llm|ray-ml|ray)(?::([^@\s]+))?(?=@|$)/;
function rayVersionOfImage(image) {
  const match = RAY_IMAGE.exec(image);
  if (!match) return void 0;
  const tag = match[2];
  if (tag === void 0) return "unversioned";
  return parseRayVersion(tag) ?? "unversioned";
}

// src/ray/values.ts
function isDict(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function dict(value) {
  return isDict(value) ? value : {};
}
function list(value) {
  return Array.isArray(value) ? value : [];
}
function numberOr(value, fallback) {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}
function stringOr(value, fallback) {
  return typeof value === "string" ? value : fallback;
}
function valueAt(root, path) {
  let node = root;
  for (const segment of path) node = node?.[segment];
  return node;
}

// src/ray/cluster-model.ts
var GPU_KEY = /(gpu$)|(^nvidia\.com\/mig-)/;
function gpuLimitOf(container, containerPath) {
  const limits = dict(dict(container["resources"])["limits"]);
  const key = Object.keys(limits).find((name) => GPU_KEY.test(name));
  if (key === void 0) return void 0;
  const count = Number(limits[key]);
  return { key, count: Number.isFinite(count) ? count : 0, path: [...containerPath, "resources", "limits", key] };
}
function group(kind, spec, path, name) {
  const rayStartParams2 = dict(spec["rayStartParams"]);
  const containerPath = [...path, "template", "spec", "containers", 0];
  const container = dict(list(dict(dict(spec["template"])["spec"])["containers"])[0]);
  const gpuLimit = gpuLimitOf(container, containerPath);
  const numGpus = rayStartParams2["num-gpus"];
  const declared = numGpus === void 0 ? void 0 : Number(numGpus);
  const gpusPerPod = declared !== void 0 && Number.isFinite(declared) ? declared : gpuLimit?.count ?? 0;
  const minReplicas = kind === "head" ? 1 : numberOr(spec["minReplicas"], 0);
  const maxReplicas = kind === "head" ? 1 : numberOr(spec["maxReplicas"], 2147483647);
  return {
    kind,
    name,
    path,
    rayStartParams: rayStartParams2,
    containerPath,
    image: stringOr(container["image"], void 0),
    gpuLimit,
    gpusPerPod,
    replicas: kind === "head" ? 1 : numberOr(spec["replicas"], minReplicas),
    minReplicas,
    maxReplicas,
    numOfHosts: kind === "head" ? 1 : numberOr(spec["numOfHosts"], 1)
  };
}
function rayGroups(clusterSpec, path) {
  const spec = dict(clusterSpec);
  const groups = [];
  if (spec["headGroupSpec"] !== void 0) {
    groups.push(group("head", dict(spec["headGroupSpec"]), [...path, "headGroupSpec"], "head"));
  }
  list(spec["workerGroupSpecs"]).forEach((worker, index) => {
    const name = stringOr(dict(worker)["groupName"], `#${index}`);
    groups.push(group("worker", dict(worker), [...path, "workerGroupSpecs", index], name));
  });
  return groups;
}
function replicaSlots(group2, gpusPerReplica, pods = group2.maxReplicas * group2.numOfHosts) {
  if (gpusPerReplica <= 0 || group2.gpusPerPod < gpusPerReplica) return 0;
  return pods * Math.floor(group2.gpusPerPod / gpusPerReplica + 1e-9);
}

// src/ray/serve-model.ts
var LLM_BUILDERS = /* @__PURE__ */ new Set(["ray.serve.llm:build_openai_app", "ray.serve.llm.build_openai_app"]);
function serveApps(serveConfig) {
  return list(dict(serveConfig)["applications"]).map((raw, index) => {
    const app = dict(raw);
    const importPath2 = stringOr(app["import_path"], void 0);
    const routePrefix2 = app["route_prefix"] === null ? null : stringOr(app["route_prefix"], void 0);
    return {
      index,
      name: stringOr(app["name"], "default"),
      importPath: importPath2,
      routePrefix: routePrefix2,
      isLlm: importPath2 !== void 0 && LLM_BUILDERS.has(importPath2)
    };
  });
}
function llmDeploymentName(modelId, override) {
  return `LLMDeployment:${override ?? modelId.replaceAll("/", "--").replaceAll(".", "_")}`;
}
function serveDeployments(serveConfig) {
  const out = [];
  const apps = list(dict(serveConfig)["applications"]);
  for (const app of serveApps(serveConfig)) {
    const raw = dict(apps[app.index]);
    const appPath = ["applications", app.index];
    if (app.isLlm) {
      list(dict(raw["args"])["llm_configs"]).forEach((config, j) => {
        if (!isDict(config)) return;
        const configPath = [...appPath, "args", "llm_configs", j];
        const options = dict(config["deployment_config"]);
        const engine = dict(config["engine_kwargs"]);
        const modelId = stringOr(dict(config["model_loading_config"])["model_id"], `model-${j}`);
        const tensorParallel = numberOr(engine["tensor_parallel_size"], 1);
        const pipelineParallel = numberOr(engine["pipeline_parallel_size"], 1);
        const gpusPath = engine["tensor_parallel_size"] !== void 0 ? [...configPath, "engine_kwargs", "tensor_parallel_size"] : engine["pipeline_parallel_size"] !== void 0 ? [...configPath, "engine_kwargs", "pipeline_parallel_size"] : [...configPath, "model_loading_config", "model_id"];
        out.push({
          appIndex: app.index,
          appName: app.name,
          kind: "llm",
          name: llmDeploymentName(modelId, stringOr(options["name"], void 0)),
          optionsPath: [...configPath, "deployment_config"],
          options,
          ...autoscalingFields(options),
          gpusPerReplica: tensorParallel * pipelineParallel,
          gpusPath,
          llm: {
            modelId,
            modelIdPath: [...configPath, "model_loading_config", "model_id"],
            tensorParallel,
            pipelineParallel,
            maxModelLen: numberOr(engine["max_model_len"], void 0),
            configPath
          }
        });
      });
    }
    list(raw["deployments"]).forEach((deployment, k) => {
      if (!isDict(deployment)) return;
      const optionsPath = [...appPath, "deployments", k];
      const actor = dict(deployment["ray_actor_options"]);
      const gpus = numberOr(actor["num_gpus"], void 0);
      out.push({
        appIndex: app.index,
        appName: app.name,
        kind: "override",
        name: stringOr(deployment["name"], `#${k}`),
        optionsPath,
        options: deployment,
        ...autoscalingFields(deployment),
        gpusPerReplica: gpus,
        gpusPath: gpus === void 0 ? void 0 : [...optionsPath, "ray_actor_options", "num_gpus"]
      });
    });
  }
  return out;
}
function autoscalingFields(options) {
  const numReplicas2 = options["num_replicas"];
  return {
    autoscaling: isDict(options["autoscaling_config"]) ? options["autoscaling_config"] : void 0,
    numReplicas: numReplicas2 === "auto" ? "auto" : numberOr(numReplicas2, void 0),
    maxOngoingRequests: numberOr(options["max_ongoing_requests"], void 0)
  };
}
function runtimeEnvPaths(serveConfig) {
  const paths = [];
  list(dict(serveConfig)["applications"]).forEach((raw, a) => {
    const app = dict(raw);
    const base = ["applications", a];
    if (app["runtime_env"] !== void 0) paths.push([...base, "runtime_env"]);
    list(app["deployments"]).forEach((d, k) => {
      if (dict(dict(d)["ray_actor_options"])["runtime_env"] !== void 0)
        paths.push([...base, "deployments", k, "ray_actor_options", "runtime_env"]);
    });
    list(dict(app["args"])["llm_configs"]).forEach((config, j) => {
      const c = dict(config);
      const llm = [...base, "args", "llm_configs", j];
      if (c["runtime_env"] !== void 0) paths.push([...llm, "runtime_env"]);
      if (dict(dict(c["deployment_config"])["ray_actor_options"])["runtime_env"] !== void 0) {
        paths.push([...llm, "deployment_config", "ray_actor_options", "runtime_env"]);
      }
    });
  });
  return paths;
}

// src/ray/autoscaling-defaults.ts
var LLM_UNBOUNDED = 1e9;
function serveDefaults(version) {
  const modern = version === void 0 || atLeast(version, "2.32.0");
  return { target: modern ? 2 : 1, maxOngoing: modern ? 5 : 100 };
}
function llmDefaults(version) {
  const unbounded = version !== void 0 && atLeast(version, "2.48.0");
  return unbounded ? { min: 1, initial: 1, max: 10, target: LLM_UNBOUNDED, maxOngoing: LLM_UNBOUNDED } : { min: 1, initial: 1, max: 10, target: 10, maxOngoing: 20 };
}
function fromConfig(user, base, defaulted) {
  const pick = (key, fallback) => {
    const value = numberOr(user[key], void 0);
    if (value === void 0) defaulted.push(key);
    return value ?? fallback;
  };
  const smoothing = numberOr(user["smoothing_factor"], 1);
  const factor = (key, alias) => numberOr(user[key], void 0) ?? numberOr(user[alias], void 0) ?? smoothing;
  return {
    minReplicas: pick("min_replicas", base.min),
    initialReplicas: numberOr(user["initial_replicas"], base.initial),
    maxReplicas: pick("max_replicas", base.max),
    targetOngoingRequests: pick("target_ongoing_requests", base.target),
    upscaleDelayS: pick("upscale_delay_s", 30),
    downscaleDelayS: pick("downscale_delay_s", 600),
    downscaleToZeroDelayS: numberOr(user["downscale_to_zero_delay_s"], void 0),
    upscalingFactor: factor("upscaling_factor", "upscale_smoothing_factor"),
    downscalingFactor: factor("downscaling_factor", "downscale_smoothing_factor"),
    lookBackPeriodS: numberOr(user["look_back_period_s"], 30),
    metricsIntervalS: numberOr(user["metrics_interval_s"], 10)
  };
}
function effectiveDeployment(deployment, version) {
  const defaulted = [];
  const serve = serveDefaults(version);
  const llm = deployment.kind === "llm" ? llmDefaults(version) : void 0;
  const maxOngoing = deployment.maxOngoingRequests ?? llm?.maxOngoing ?? serve.maxOngoing;
  if (deployment.maxOngoingRequests === void 0) defaulted.push("max_ongoing_requests");
  if (typeof deployment.numReplicas === "number" && deployment.autoscaling === void 0) {
    return {
      mode: "fixed",
      autoscaling: void 0,
      fixedReplicas: deployment.numReplicas,
      maxOngoingRequests: maxOngoing,
      defaulted
    };
  }
  if (deployment.numReplicas === "auto") {
    const config = fromConfig(deployment.autoscaling ?? {}, { min: 1, max: 100, target: serve.target }, defaulted);
    return {
      mode: "autoscaling",
      autoscaling: config,
      fixedReplicas: void 0,
      maxOngoingRequests: maxOngoing,
      defaulted
    };
  }
  if (deployment.autoscaling !== void 0) {
    const config = fromConfig(deployment.autoscaling, { min: 1, max: 1, target: serve.target }, defaulted);
    return {
      mode: "autoscaling",
      autoscaling: config,
      fixedReplicas: void 0,
      maxOngoingRequests: maxOngoing,
      defaulted
    };
  }
  if (llm !== void 0) {
    defaulted.push("autoscaling_config");
    const config = fromConfig({}, llm, []);
    return {
      mode: "autoscaling",
      autoscaling: config,
      fixedReplicas: void 0,
      maxOngoingRequests: maxOngoing,
      defaulted
    };
  }
  return {
    mode: "unknown",
    autoscaling: void 0,
    fixedReplicas: void 0,
    maxOngoingRequests: deployment.maxOngoingRequests,
    defaulted
  };
}

// src/time/go-duration.ts
var UNIT_MS = {
  ns: 1e-6,
  us: 1e-3,
  \u00B5s: 1e-3,
  \u03BCs: 1e-3,
  ms: 1,
  s: 1e3,
  m: 6e4,
  h: 36e5
};
var PART = /(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/y;
function parseGoDuration(text) {
  let rest = text;
  let sign = 1;
  if (rest.startsWith("-") || rest.startsWith("+")) {
    sign = rest.startsWith("-") ? -1 : 1;
    rest = rest.slice(1);
  }
  if (rest === "0") return 0;
  if (rest === "") return void 0;
  PART.lastIndex = 0;
  let total = 0;
  while (PART.lastIndex < rest.length) {
    const at = PART.lastIndex;
    const match = PART.exec(rest);
    if (!match || match.index !== at) return void 0;
    total += Number(match[1]) * UNIT_MS[match[2]];
  }
  return sign * total;
}
function parseGoDurationOrSeconds(text) {
  const duration = parseGoDuration(text);
  if (duration !== void 0) return duration;
  return /^[+-]?\d+$/.test(text) ? Number(text) * 1e3 : void 0;
}

// src/ray/rayservice-metadata.ts
var MAX_RAYSERVICE_NAME = 47;
var DNS_1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
var INITIALIZING_TIMEOUT_ANNOTATION = "ray.io/initializing-timeout";
function initializingTimeoutOf(value) {
  const ms = parseGoDurationOrSeconds(value);
  if (ms === void 0) return { problem: "format" };
  return ms > 0 ? { ms } : { problem: "not-positive" };
}

// src/ray/schemas/builders.ts
function closed(properties, required = []) {
  return { type: "object", properties, required, additionalProperties: false };
}
function open(properties = {}, required = []) {
  return { type: "object", properties, required };
}
function nullable(schema) {
  return { if: { type: "null" }, then: true, else: schema, "x-expect": `${expectOf(schema)} or null` };
}
var str = { type: "string", "x-expect": "a string" };
var bool = { type: "boolean", "x-expect": "true or false" };
var num = { type: "number", "x-expect": "a number" };
var int = { type: "integer", "x-expect": "an integer" };
var anyValue = {};
var stringMap = { type: "object", additionalProperties: str, "x-expect": "a map of strings" };
var list2 = (items) => ({ type: "array", items, "x-expect": "a list" });
var oneOfStrings = (...values) => ({
  type: "string",
  enum: values,
  "x-expect": `one of ${values.map((v) => `"${v}"`).join(", ")}`
});
function since(kuberay, schema) {
  return { ...schema, "x-kuberay-since": kuberay };
}
function expectOf(schema) {
  const expect = schema["x-expect"];
  if (typeof expect === "string") return expect;
  const type = schema["type"];
  return typeof type === "string" ? `a value of type ${type}` : "a valid value";
}

// src/ray/schemas/rayservice.ts
var rayStartParams = {
  type: "object",
  additionalProperties: { type: "string", "x-expect": 'a string (quote numbers: "1")' },
  "x-expect": "a map of strings"
};
var podTemplate = open({ metadata: open({ labels: stringMap, annotations: stringMap }), spec: open() });
var headGroupSchema = closed(
  {
    rayStartParams,
    template: podTemplate,
    serviceType: str,
    headService: open(),
    enableIngress: bool,
    ingressOptions: open(),
    labels: stringMap,
    resources: stringMap
  },
  ["template"]
);
var workerGroupSchema = closed(
  {
    groupName: str,
    replicas: int,
    minReplicas: int,
    maxReplicas: int,
    numOfHosts: int,
    rayStartParams,
    template: podTemplate,
    idleTimeoutSeconds: int,
    priority: int,
    suspend: bool,
    scaleStrategy: closed({ workersToDelete: list2(str) }),
    labels: stringMap,
    resources: stringMap
  },
  ["groupName", "template"]
);
var rayClusterSpecSchema = closed(
  {
    rayVersion: { type: "string", "x-expect": "a string (quote it: '2.47.1')" },
    enableInTreeAutoscaling: bool,
    autoscalerOptions: closed({
      upscalingMode: oneOfStrings("Default", "Aggressive", "Conservative"),
      idleTimeoutSeconds: int,
      version: oneOfStrings("v1", "v2"),
      image: str,
      imagePullPolicy: str,
      resources: open(),
      env: list2(open()),
      envFrom: list2(open()),
      securityContext: open(),
      volumeMounts: list2(open()),
      command: list2(str),
      args: list2(str)
    }),
    headGroupSpec: headGroupSchema,
    workerGroupSpecs: list2(workerGroupSchema),
    headServiceAnnotations: stringMap,
    gcsFaultToleranceOptions: open(),
    authOptions: open(),
    tlsOptions: since("1.7", open()),
    networkPolicy: since("1.7", open()),
    historyServerOptions: since("1.7", open()),
    managedBy: str,
    suspend: bool,
    upgradeStrategy: open()
  },
  ["headGroupSpec"]
);
var rayServiceSchema = {
  type: "object",
  required: ["apiVersion", "kind", "metadata", "spec"],
  properties: {
    apiVersion: oneOfStrings("ray.io/v1", "ray.io/v1alpha1"),
    kind: { const: "RayService" },
    metadata: open({ name: str, namespace: str, labels: stringMap, annotations: stringMap }, ["name"]),
    spec: closed(
      {
        serveConfigV2: { type: "string", "x-expect": "a string (a YAML block: `serveConfigV2: |`)" },
        rayClusterConfig: rayClusterSpecSchema,
        upgradeStrategy: closed({
          type: oneOfStrings("NewCluster", "NewClusterWithIncrementalUpgrade", "None"),
          clusterUpgradeOptions: open()
        }),
        serviceUnhealthySecondThreshold: int,
        deploymentUnhealthySecondThreshold: int,
        excludeHeadPodFromServeSvc: bool,
        serveService: open(),
        rayClusterDeletionDelaySeconds: int,
        managedBy: str,
        suspend: bool
      },
      ["rayClusterConfig"]
    ),
    status: anyValue
  }
};

// src/ray/schemas/serve-config.ts
var nonNegativeNumber = { type: "number", "x-expect": "a number" };
var runtimeEnvSchema = open({
  env_vars: stringMap,
  working_dir: str,
  py_modules: list2(str),
  pip: anyValue,
  uv: anyValue,
  conda: anyValue,
  config: open()
});
var autoscalingConfigSchema = closed({
  min_replicas: int,
  initial_replicas: nullable(int),
  max_replicas: int,
  target_ongoing_requests: nullable(num),
  metrics_interval_s: num,
  look_back_period_s: num,
  smoothing_factor: num,
  upscale_smoothing_factor: nullable(num),
  downscale_smoothing_factor: nullable(num),
  upscaling_factor: nullable(num),
  downscaling_factor: nullable(num),
  downscale_delay_s: nonNegativeNumber,
  downscale_to_zero_delay_s: nullable(num),
  upscale_delay_s: nonNegativeNumber,
  aggregation_function: oneOfStrings("mean", "max", "min", "MEAN", "MAX", "MIN"),
  policy: anyValue,
  prometheus_metrics: nullable(list2(str)),
  // Removed from Ray but still written by old configs; reported by deprecated-serve-key.
  target_num_ongoing_requests_per_replica: num
});
var rayActorOptionsSchema = closed({
  runtime_env: runtimeEnvSchema,
  num_cpus: num,
  num_gpus: num,
  memory: num,
  object_store_memory: num,
  resources: open(),
  accelerator_type: str,
  label_selector: stringMap
});
var loggingConfigSchema = closed({
  encoding: oneOfStrings("TEXT", "JSON"),
  log_level: { anyOf: [{ type: "string" }, { type: "integer" }], "x-expect": "a log level name or number" },
  logs_dir: nullable(str),
  enable_access_log: bool,
  additional_log_standard_attrs: list2(str)
});
var numReplicas = {
  anyOf: [{ type: "integer" }, { const: "auto" }, { type: "null" }],
  "x-expect": 'an integer \u2265 1 or "auto"'
};
var deploymentOptionProperties = {
  name: str,
  num_replicas: numReplicas,
  max_ongoing_requests: num,
  max_queued_requests: int,
  user_config: anyValue,
  autoscaling_config: nullable(autoscalingConfigSchema),
  graceful_shutdown_wait_loop_s: num,
  graceful_shutdown_timeout_s: num,
  health_check_period_s: num,
  health_check_timeout_s: num,
  ray_actor_options: rayActorOptionsSchema,
  logging_config: loggingConfigSchema,
  request_router_config: open(),
  max_constructor_retry_count: int,
  // Renamed to max_ongoing_requests in Ray 2.10; reported by deprecated-serve-key.
  max_concurrent_queries: num
};
var deploymentSchema = closed(
  {
    ...deploymentOptionProperties,
    placement_group_bundles: list2(open()),
    placement_group_strategy: oneOfStrings("PACK", "SPREAD", "STRICT_PACK", "STRICT_SPREAD"),
    max_replicas_per_node: int,
    route_prefix: nullable(str)
  },
  ["name"]
);
var applicationSchema = closed(
  {
    name: str,
    route_prefix: nullable(str),
    import_path: str,
    runtime_env: runtimeEnvSchema,
    host: str,
    port: int,
    deployments: list2(deploymentSchema),
    args: open(),
    logging_config: loggingConfigSchema,
    external_scaler_enabled: bool,
    autoscaling_policy: anyValue
  },
  ["import_path"]
);
var serveConfigSchema = closed(
  {
    proxy_location: oneOfStrings("Disabled", "HeadOnly", "EveryNode", "NoServer"),
    http_options: closed({
      host: str,
      port: int,
      root_path: str,
      request_timeout_s: nullable(num),
      keep_alive_timeout_s: num,
      ssl_keyfile: nullable(str),
      ssl_certfile: nullable(str),
      ssl_keyfile_password: nullable(str),
      ssl_ca_certs: nullable(str),
      middlewares: anyValue,
      location: str
    }),
    grpc_options: closed({
      port: int,
      grpc_servicer_functions: list2(str),
      request_timeout_s: nullable(num)
    }),
    logging_config: loggingConfigSchema,
    applications: list2(applicationSchema),
    target_capacity: nullable(num)
  },
  ["applications"]
);

// src/ray/schemas/llm-args.ts
var { max_concurrent_queries: _old, ...llmDeploymentOptions } = deploymentOptionProperties;
var llmConfigSchema = closed(
  {
    runtime_env: nullable(runtimeEnvSchema),
    model_loading_config: closed(
      {
        model_id: str,
        model_source: {
          anyOf: [{ type: "string" }, { type: "object" }, { type: "null" }],
          "x-expect": "a path, a model id or a cloud mirror"
        },
        tokenizer_source: nullable(str)
      },
      ["model_id"]
    ),
    llm_engine: str,
    engine_kwargs: open({
      tensor_parallel_size: int,
      pipeline_parallel_size: int,
      max_model_len: int
    }),
    resources_per_bundle: nullable(open()),
    accelerator_type: nullable(str),
    lora_config: nullable(
      closed({
        dynamic_lora_loading_path: nullable(str),
        max_num_adapters_per_replica: int,
        download_timeout_s: num,
        max_download_tries: int
      })
    ),
    deployment_config: closed({ ...llmDeploymentOptions, max_replicas_per_node: int }),
    experimental_configs: open(),
    log_engine_metrics: bool,
    callback_config: anyValue,
    placement_group_config: nullable(open())
  },
  ["model_loading_config"]
);
var llmServingArgsSchema = closed(
  {
    llm_configs: list2({
      if: { type: "object" },
      then: llmConfigSchema,
      else: { type: "string", "x-expect": "an LLM config or a path to one" }
    }),
    ingress_cls_config: open(),
    ingress_deployment_config: open()
  },
  ["llm_configs"]
);

// src/ray/schemas/generated/llm-serving-args.ts
var schema11 = { "type": "object", "properties": { "llm_configs": { "type": "array", "items": { "if": { "type": "object" }, "then": { "type": "object", "properties": { "runtime_env": { "if": { "type": "null" }, "then": true, "else": { "type": "object", "properties": { "env_vars": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" }, "working_dir": { "type": "string", "x-expect": "a string" }, "py_modules": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" }, "pip": {}, "uv": {}, "conda": {}, "config": { "type": "object", "properties": {}, "required": [] } }, "required": [] }, "x-expect": "a value of type object or null" }, "model_loading_config": { "type": "object", "properties": { "model_id": { "type": "string", "x-expect": "a string" }, "model_source": { "anyOf": [{ "type": "string" }, { "type": "object" }, { "type": "null" }], "x-expect": "a path, a model id or a cloud mirror" }, "tokenizer_source": { "if": { "type": "null" }, "then": true, "else": { "type": "string", "x-expect": "a string" }, "x-expect": "a string or null" } }, "required": ["model_id"], "additionalProperties": false }, "llm_engine": { "type": "string", "x-expect": "a string" }, "engine_kwargs": { "type": "object", "properties": { "tensor_parallel_size": { "type": "integer", "x-expect": "an integer" }, "pipeline_parallel_size": { "type": "integer", "x-expect": "an integer" }, "max_model_len": { "type": "integer", "x-expect": "an integer" } }, "required": [] }, "resources_per_bundle": { "if": { "type": "null" }, "then": true, "else": { "type": "object", "properties": {}, "required": [] }, "x-expect": "a value of type object or null" }, "accelerator_type": { "if": { "type": "null" }, "then": true, "else": { "type": "string", "x-expect": "a string" }, "x-expect": "a string or null" }, "lora_config": { "if": { "type": "null" }, "then": true, "else": { "type": "object", "properties": { "dynamic_lora_loading_path": { "if": { "type": "null" }, "then": true, "else": { "type": "string", "x-expect": "a string" }, "x-expect": "a string or null" }, "max_num_adapters_per_replica": { "type": "integer", "x-expect": "an integer" }, "download_timeout_s": { "type": "number", "x-expect": "a number" }, "max_download_tries": { "type": "integer", "x-expect": "an integer" } }, "required": [], "additionalProperties": false }, "x-expect": "a value of type object or null" }, "deployment_config": { "type": "object", "properties": { "name": { "type": "string", "x-expect": "a string" }, "num_replicas": { "anyOf": [{ "type": "integer" }, { "const": "auto" }, { "type": "null" }], "x-expect": 'an integer \u2265 1 or "auto"' }, "max_ongoing_requests": { "type": "number", "x-expect": "a number" }, "max_queued_requests": { "type": "integer", "x-expect": "an integer" }, "user_config": {}, "autoscaling_config": { "if": { "type": "null" }, "then": true, "else": { "type": "object", "properties": { "min_replicas": { "type": "integer", "x-expect": "an integer" }, "initial_replicas": { "if": { "type": "null" }, "then": true, "else": { "type": "integer", "x-expect": "an integer" }, "x-expect": "an integer or null" }, "max_replicas": { "type": "integer", "x-expect": "an integer" }, "target_ongoing_requests": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" }, "metrics_interval_s": { "type": "number", "x-expect": "a number" }, "look_back_period_s": { "type": "number", "x-expect": "a number" }, "smoothing_factor": { "type": "number", "x-expect": "a number" }, "upscale_smoothing_factor": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" }, "downscale_smoothing_factor": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" }, "upscaling_factor": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" }, "downscaling_factor": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" }, "downscale_delay_s": { "type": "number", "x-expect": "a number" }, "downscale_to_zero_delay_s": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" }, "upscale_delay_s": { "type": "number", "x-expect": "a number" }, "aggregation_function": { "type": "string", "enum": ["mean", "max", "min", "MEAN", "MAX", "MIN"], "x-expect": 'one of "mean", "max", "min", "MEAN", "MAX", "MIN"' }, "policy": {}, "prometheus_metrics": { "if": { "type": "null" }, "then": true, "else": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" }, "x-expect": "a list or null" }, "target_num_ongoing_requests_per_replica": { "type": "number", "x-expect": "a number" } }, "required": [], "additionalProperties": false }, "x-expect": "a value of type object or null" }, "graceful_shutdown_wait_loop_s": { "type": "number", "x-expect": "a number" }, "graceful_shutdown_timeout_s": { "type": "number", "x-expect": "a number" }, "health_check_period_s": { "type": "number", "x-expect": "a number" }, "health_check_timeout_s": { "type": "number", "x-expect": "a number" }, "ray_actor_options": { "type": "object", "properties": { "runtime_env": { "type": "object", "properties": { "env_vars": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" }, "working_dir": { "type": "string", "x-expect": "a string" }, "py_modules": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" }, "pip": {}, "uv": {}, "conda": {}, "config": { "type": "object", "properties": {}, "required": [] } }, "required": [] }, "num_cpus": { "type": "number", "x-expect": "a number" }, "num_gpus": { "type": "number", "x-expect": "a number" }, "memory": { "type": "number", "x-expect": "a number" }, "object_store_memory": { "type": "number", "x-expect": "a number" }, "resources": { "type": "object", "properties": {}, "required": [] }, "accelerator_type": { "type": "string", "x-expect": "a string" }, "label_selector": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" } }, "required": [], "additionalProperties": false }, "logging_config": { "type": "object", "properties": { "encoding": { "type": "string", "enum": ["TEXT", "JSON"], "x-expect": 'one of "TEXT", "JSON"' }, "log_level": { "anyOf": [{ "type": "string" }, { "type": "integer" }], "x-expect": "a log level name or number" }, "logs_dir": { "if": { "type": "null" }, "then": true, "else": { "type": "string", "x-expect": "a string" }, "x-expect": "a string or null" }, "enable_access_log": { "type": "boolean", "x-expect": "true or false" }, "additional_log_standard_attrs": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" } }, "required": [], "additionalProperties": false }, "request_router_config": { "type": "object", "properties": {}, "required": [] }, "max_constructor_retry_count": { "type": "integer", "x-expect": "an integer" }, "max_replicas_per_node": { "type": "integer", "x-expect": "an integer" } }, "required": [], "additionalProperties": false }, "experimental_configs": { "type": "object", "properties": {}, "required": [] }, "log_engine_metrics": { "type": "boolean", "x-expect": "true or false" }, "callback_config": {}, "placement_group_config": { "if": { "type": "null" }, "then": true, "else": { "type": "object", "properties": {}, "required": [] }, "x-expect": "a value of type object or null" } }, "required": ["model_loading_config"], "additionalProperties": false }, "else": { "type": "string", "x-expect": "an LLM config or a path to one" } }, "x-expect": "a list" }, "ingress_cls_config": { "type": "object", "properties": {}, "required": [] }, "ingress_deployment_config": { "type": "object", "properties": {}, "required": [] } }, "required": ["llm_configs"], "additionalProperties": false };
var func2 = Object.prototype.hasOwnProperty;
var validate = (function validate10(data, { instancePath: instancePath2 = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.llm_configs === void 0) {
      const err0 = { instancePath: instancePath2, schemaPath: "#/required", keyword: "required", params: { missingProperty: "llm_configs" }, message: "must have required property 'llm_configs'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "llm_configs" || key0 === "ingress_cls_config" || key0 === "ingress_deployment_config")) {
        const err1 = { instancePath: instancePath2, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.llm_configs !== void 0) {
      let data0 = data.llm_configs;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          const _errs5 = errors;
          let valid3 = true;
          const _errs6 = errors;
          if (!(data1 && typeof data1 == "object" && !Array.isArray(data1))) {
            const err2 = {};
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          var _valid0 = _errs6 === errors;
          errors = _errs5;
          if (vErrors !== null) {
            if (_errs5) {
              vErrors.length = _errs5;
            } else {
              vErrors = null;
            }
          }
          let ifClause0;
          if (_valid0) {
            const _errs8 = errors;
            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
              if (data1.model_loading_config === void 0) {
                const err3 = { instancePath: instancePath2 + "/llm_configs/" + i0, schemaPath: "#/properties/llm_configs/items/then/required", keyword: "required", params: { missingProperty: "model_loading_config" }, message: "must have required property 'model_loading_config'", schema: schema11.properties.llm_configs.items.then.required, parentSchema: schema11.properties.llm_configs.items.then, data: data1 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
              for (const key1 in data1) {
                if (!func2.call(schema11.properties.llm_configs.items.then.properties, key1)) {
                  const err4 = { instancePath: instancePath2 + "/llm_configs/" + i0, schemaPath: "#/properties/llm_configs/items/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.llm_configs.items.then, data: data1 };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
              }
              if (data1.runtime_env !== void 0) {
                let data2 = data1.runtime_env;
                const _errs12 = errors;
                let valid5 = true;
                const _errs13 = errors;
                if (data2 !== null) {
                  const err5 = {};
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
                var _valid1 = _errs13 === errors;
                errors = _errs12;
                if (vErrors !== null) {
                  if (_errs12) {
                    vErrors.length = _errs12;
                  } else {
                    vErrors = null;
                  }
                }
                if (!_valid1) {
                  const _errs15 = errors;
                  if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    if (data2.env_vars !== void 0) {
                      let data3 = data2.env_vars;
                      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                        for (const key2 in data3) {
                          let data4 = data3[key2];
                          if (typeof data4 !== "string") {
                            const err6 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/runtime_env/env_vars/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/llm_configs/items/then/properties/runtime_env/else/properties/env_vars/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.runtime_env.else.properties.env_vars.additionalProperties.type, parentSchema: schema11.properties.llm_configs.items.then.properties.runtime_env.else.properties.env_vars.additionalProperties, data: data4 };
                            if (vErrors === null) {
                              vErrors = [err6];
                            } else {
                              vErrors.push(err6);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err7 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/runtime_env/env_vars", schemaPath: "#/properties/llm_configs/items/then/properties/runtime_env/else/properties/env_vars/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.runtime_env.else.properties.env_vars.type, parentSchema: schema11.properties.llm_configs.items.then.properties.runtime_env.else.properties.env_vars, data: data3 };
                        if (vErrors === null) {
                          vErrors = [err7];
                        } else {
                          vErrors.push(err7);
                        }
                        errors++;
                      }
                    }
                    if (data2.working_dir !== void 0) {
                      let data5 = data2.working_dir;
                      if (typeof data5 !== "string") {
                        const err8 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/runtime_env/working_dir", schemaPath: "#/properties/llm_configs/items/then/properties/runtime_env/else/properties/working_dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.runtime_env.else.properties.working_dir.type, parentSchema: schema11.properties.llm_configs.items.then.properties.runtime_env.else.properties.working_dir, data: data5 };
                        if (vErrors === null) {
                          vErrors = [err8];
                        } else {
                          vErrors.push(err8);
                        }
                        errors++;
                      }
                    }
                    if (data2.py_modules !== void 0) {
                      let data6 = data2.py_modules;
                      if (Array.isArray(data6)) {
                        const len1 = data6.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                          let data7 = data6[i1];
                          if (typeof data7 !== "string") {
                            const err9 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/runtime_env/py_modules/" + i1, schemaPath: "#/properties/llm_configs/items/then/properties/runtime_env/else/properties/py_modules/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.runtime_env.else.properties.py_modules.items.type, parentSchema: schema11.properties.llm_configs.items.then.properties.runtime_env.else.properties.py_modules.items, data: data7 };
                            if (vErrors === null) {
                              vErrors = [err9];
                            } else {
                              vErrors.push(err9);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err10 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/runtime_env/py_modules", schemaPath: "#/properties/llm_configs/items/then/properties/runtime_env/else/properties/py_modules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.llm_configs.items.then.properties.runtime_env.else.properties.py_modules.type, parentSchema: schema11.properties.llm_configs.items.then.properties.runtime_env.else.properties.py_modules, data: data6 };
                        if (vErrors === null) {
                          vErrors = [err10];
                        } else {
                          vErrors.push(err10);
                        }
                        errors++;
                      }
                    }
                    if (data2.config !== void 0) {
                      let data8 = data2.config;
                      if (!(data8 && typeof data8 == "object" && !Array.isArray(data8))) {
                        const err11 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/runtime_env/config", schemaPath: "#/properties/llm_configs/items/then/properties/runtime_env/else/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.runtime_env.else.properties.config.type, parentSchema: schema11.properties.llm_configs.items.then.properties.runtime_env.else.properties.config, data: data8 };
                        if (vErrors === null) {
                          vErrors = [err11];
                        } else {
                          vErrors.push(err11);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err12 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/runtime_env", schemaPath: "#/properties/llm_configs/items/then/properties/runtime_env/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.runtime_env.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.runtime_env.else, data: data2 };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                  var _valid1 = _errs15 === errors;
                  valid5 = _valid1;
                }
                if (!valid5) {
                  const err13 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/runtime_env", schemaPath: "#/properties/llm_configs/items/then/properties/runtime_env/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.runtime_env.if, parentSchema: schema11.properties.llm_configs.items.then.properties.runtime_env, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
              if (data1.model_loading_config !== void 0) {
                let data9 = data1.model_loading_config;
                if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                  if (data9.model_id === void 0) {
                    const err14 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/model_loading_config", schemaPath: "#/properties/llm_configs/items/then/properties/model_loading_config/required", keyword: "required", params: { missingProperty: "model_id" }, message: "must have required property 'model_id'", schema: schema11.properties.llm_configs.items.then.properties.model_loading_config.required, parentSchema: schema11.properties.llm_configs.items.then.properties.model_loading_config, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                  for (const key3 in data9) {
                    if (!(key3 === "model_id" || key3 === "model_source" || key3 === "tokenizer_source")) {
                      const err15 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/model_loading_config", schemaPath: "#/properties/llm_configs/items/then/properties/model_loading_config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.llm_configs.items.then.properties.model_loading_config, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                  }
                  if (data9.model_id !== void 0) {
                    let data10 = data9.model_id;
                    if (typeof data10 !== "string") {
                      const err16 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/model_loading_config/model_id", schemaPath: "#/properties/llm_configs/items/then/properties/model_loading_config/properties/model_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.model_id.type, parentSchema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.model_id, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err16];
                      } else {
                        vErrors.push(err16);
                      }
                      errors++;
                    }
                  }
                  if (data9.model_source !== void 0) {
                    let data11 = data9.model_source;
                    const _errs36 = errors;
                    let valid11 = false;
                    const _errs37 = errors;
                    if (typeof data11 !== "string") {
                      const err17 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/model_loading_config/model_source", schemaPath: "#/properties/llm_configs/items/then/properties/model_loading_config/properties/model_source/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.model_source.anyOf[0].type, parentSchema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.model_source.anyOf[0], data: data11 };
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                    }
                    var _valid2 = _errs37 === errors;
                    valid11 = valid11 || _valid2;
                    if (!valid11) {
                      const _errs39 = errors;
                      if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
                        const err18 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/model_loading_config/model_source", schemaPath: "#/properties/llm_configs/items/then/properties/model_loading_config/properties/model_source/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.model_source.anyOf[1].type, parentSchema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.model_source.anyOf[1], data: data11 };
                        if (vErrors === null) {
                          vErrors = [err18];
                        } else {
                          vErrors.push(err18);
                        }
                        errors++;
                      }
                      var _valid2 = _errs39 === errors;
                      valid11 = valid11 || _valid2;
                      if (!valid11) {
                        const _errs41 = errors;
                        if (data11 !== null) {
                          const err19 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/model_loading_config/model_source", schemaPath: "#/properties/llm_configs/items/then/properties/model_loading_config/properties/model_source/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.model_source.anyOf[2].type, parentSchema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.model_source.anyOf[2], data: data11 };
                          if (vErrors === null) {
                            vErrors = [err19];
                          } else {
                            vErrors.push(err19);
                          }
                          errors++;
                        }
                        var _valid2 = _errs41 === errors;
                        valid11 = valid11 || _valid2;
                      }
                    }
                    if (!valid11) {
                      const err20 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/model_loading_config/model_source", schemaPath: "#/properties/llm_configs/items/then/properties/model_loading_config/properties/model_source/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.model_source.anyOf, parentSchema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.model_source, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    } else {
                      errors = _errs36;
                      if (vErrors !== null) {
                        if (_errs36) {
                          vErrors.length = _errs36;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                  }
                  if (data9.tokenizer_source !== void 0) {
                    let data12 = data9.tokenizer_source;
                    const _errs44 = errors;
                    let valid12 = true;
                    const _errs45 = errors;
                    if (data12 !== null) {
                      const err21 = {};
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                    var _valid3 = _errs45 === errors;
                    errors = _errs44;
                    if (vErrors !== null) {
                      if (_errs44) {
                        vErrors.length = _errs44;
                      } else {
                        vErrors = null;
                      }
                    }
                    if (!_valid3) {
                      const _errs47 = errors;
                      if (typeof data12 !== "string") {
                        const err22 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/model_loading_config/tokenizer_source", schemaPath: "#/properties/llm_configs/items/then/properties/model_loading_config/properties/tokenizer_source/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.tokenizer_source.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.tokenizer_source.else, data: data12 };
                        if (vErrors === null) {
                          vErrors = [err22];
                        } else {
                          vErrors.push(err22);
                        }
                        errors++;
                      }
                      var _valid3 = _errs47 === errors;
                      valid12 = _valid3;
                    }
                    if (!valid12) {
                      const err23 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/model_loading_config/tokenizer_source", schemaPath: "#/properties/llm_configs/items/then/properties/model_loading_config/properties/tokenizer_source/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.tokenizer_source.if, parentSchema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.tokenizer_source, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err24 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/model_loading_config", schemaPath: "#/properties/llm_configs/items/then/properties/model_loading_config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.model_loading_config.type, parentSchema: schema11.properties.llm_configs.items.then.properties.model_loading_config, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              }
              if (data1.llm_engine !== void 0) {
                let data13 = data1.llm_engine;
                if (typeof data13 !== "string") {
                  const err25 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/llm_engine", schemaPath: "#/properties/llm_configs/items/then/properties/llm_engine/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.llm_engine.type, parentSchema: schema11.properties.llm_configs.items.then.properties.llm_engine, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
              if (data1.engine_kwargs !== void 0) {
                let data14 = data1.engine_kwargs;
                if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                  if (data14.tensor_parallel_size !== void 0) {
                    let data15 = data14.tensor_parallel_size;
                    if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)))) {
                      const err26 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/engine_kwargs/tensor_parallel_size", schemaPath: "#/properties/llm_configs/items/then/properties/engine_kwargs/properties/tensor_parallel_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.llm_configs.items.then.properties.engine_kwargs.properties.tensor_parallel_size.type, parentSchema: schema11.properties.llm_configs.items.then.properties.engine_kwargs.properties.tensor_parallel_size, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    }
                  }
                  if (data14.pipeline_parallel_size !== void 0) {
                    let data16 = data14.pipeline_parallel_size;
                    if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)))) {
                      const err27 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/engine_kwargs/pipeline_parallel_size", schemaPath: "#/properties/llm_configs/items/then/properties/engine_kwargs/properties/pipeline_parallel_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.llm_configs.items.then.properties.engine_kwargs.properties.pipeline_parallel_size.type, parentSchema: schema11.properties.llm_configs.items.then.properties.engine_kwargs.properties.pipeline_parallel_size, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                  }
                  if (data14.max_model_len !== void 0) {
                    let data17 = data14.max_model_len;
                    if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)))) {
                      const err28 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/engine_kwargs/max_model_len", schemaPath: "#/properties/llm_configs/items/then/properties/engine_kwargs/properties/max_model_len/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.llm_configs.items.then.properties.engine_kwargs.properties.max_model_len.type, parentSchema: schema11.properties.llm_configs.items.then.properties.engine_kwargs.properties.max_model_len, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err29 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/engine_kwargs", schemaPath: "#/properties/llm_configs/items/then/properties/engine_kwargs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.engine_kwargs.type, parentSchema: schema11.properties.llm_configs.items.then.properties.engine_kwargs, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              }
              if (data1.resources_per_bundle !== void 0) {
                let data18 = data1.resources_per_bundle;
                const _errs60 = errors;
                let valid14 = true;
                const _errs61 = errors;
                if (data18 !== null) {
                  const err30 = {};
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
                var _valid4 = _errs61 === errors;
                errors = _errs60;
                if (vErrors !== null) {
                  if (_errs60) {
                    vErrors.length = _errs60;
                  } else {
                    vErrors = null;
                  }
                }
                if (!_valid4) {
                  const _errs63 = errors;
                  if (!(data18 && typeof data18 == "object" && !Array.isArray(data18))) {
                    const err31 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/resources_per_bundle", schemaPath: "#/properties/llm_configs/items/then/properties/resources_per_bundle/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.resources_per_bundle.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.resources_per_bundle.else, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                  var _valid4 = _errs63 === errors;
                  valid14 = _valid4;
                }
                if (!valid14) {
                  const err32 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/resources_per_bundle", schemaPath: "#/properties/llm_configs/items/then/properties/resources_per_bundle/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.resources_per_bundle.if, parentSchema: schema11.properties.llm_configs.items.then.properties.resources_per_bundle, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              }
              if (data1.accelerator_type !== void 0) {
                let data19 = data1.accelerator_type;
                const _errs66 = errors;
                let valid15 = true;
                const _errs67 = errors;
                if (data19 !== null) {
                  const err33 = {};
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
                var _valid5 = _errs67 === errors;
                errors = _errs66;
                if (vErrors !== null) {
                  if (_errs66) {
                    vErrors.length = _errs66;
                  } else {
                    vErrors = null;
                  }
                }
                if (!_valid5) {
                  const _errs69 = errors;
                  if (typeof data19 !== "string") {
                    const err34 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/accelerator_type", schemaPath: "#/properties/llm_configs/items/then/properties/accelerator_type/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.accelerator_type.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.accelerator_type.else, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                  var _valid5 = _errs69 === errors;
                  valid15 = _valid5;
                }
                if (!valid15) {
                  const err35 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/accelerator_type", schemaPath: "#/properties/llm_configs/items/then/properties/accelerator_type/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.accelerator_type.if, parentSchema: schema11.properties.llm_configs.items.then.properties.accelerator_type, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              }
              if (data1.lora_config !== void 0) {
                let data20 = data1.lora_config;
                const _errs72 = errors;
                let valid16 = true;
                const _errs73 = errors;
                if (data20 !== null) {
                  const err36 = {};
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                var _valid6 = _errs73 === errors;
                errors = _errs72;
                if (vErrors !== null) {
                  if (_errs72) {
                    vErrors.length = _errs72;
                  } else {
                    vErrors = null;
                  }
                }
                if (!_valid6) {
                  const _errs75 = errors;
                  if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                    for (const key4 in data20) {
                      if (!(key4 === "dynamic_lora_loading_path" || key4 === "max_num_adapters_per_replica" || key4 === "download_timeout_s" || key4 === "max_download_tries")) {
                        const err37 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/lora_config", schemaPath: "#/properties/llm_configs/items/then/properties/lora_config/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.llm_configs.items.then.properties.lora_config.else, data: data20 };
                        if (vErrors === null) {
                          vErrors = [err37];
                        } else {
                          vErrors.push(err37);
                        }
                        errors++;
                      }
                    }
                    if (data20.dynamic_lora_loading_path !== void 0) {
                      let data21 = data20.dynamic_lora_loading_path;
                      const _errs79 = errors;
                      let valid18 = true;
                      const _errs80 = errors;
                      if (data21 !== null) {
                        const err38 = {};
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                      var _valid7 = _errs80 === errors;
                      errors = _errs79;
                      if (vErrors !== null) {
                        if (_errs79) {
                          vErrors.length = _errs79;
                        } else {
                          vErrors = null;
                        }
                      }
                      if (!_valid7) {
                        const _errs82 = errors;
                        if (typeof data21 !== "string") {
                          const err39 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/lora_config/dynamic_lora_loading_path", schemaPath: "#/properties/llm_configs/items/then/properties/lora_config/else/properties/dynamic_lora_loading_path/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.lora_config.else.properties.dynamic_lora_loading_path.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.lora_config.else.properties.dynamic_lora_loading_path.else, data: data21 };
                          if (vErrors === null) {
                            vErrors = [err39];
                          } else {
                            vErrors.push(err39);
                          }
                          errors++;
                        }
                        var _valid7 = _errs82 === errors;
                        valid18 = _valid7;
                      }
                      if (!valid18) {
                        const err40 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/lora_config/dynamic_lora_loading_path", schemaPath: "#/properties/llm_configs/items/then/properties/lora_config/else/properties/dynamic_lora_loading_path/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.lora_config.else.properties.dynamic_lora_loading_path.if, parentSchema: schema11.properties.llm_configs.items.then.properties.lora_config.else.properties.dynamic_lora_loading_path, data: data21 };
                        if (vErrors === null) {
                          vErrors = [err40];
                        } else {
                          vErrors.push(err40);
                        }
                        errors++;
                      }
                    }
                    if (data20.max_num_adapters_per_replica !== void 0) {
                      let data22 = data20.max_num_adapters_per_replica;
                      if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)))) {
                        const err41 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/lora_config/max_num_adapters_per_replica", schemaPath: "#/properties/llm_configs/items/then/properties/lora_config/else/properties/max_num_adapters_per_replica/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.llm_configs.items.then.properties.lora_config.else.properties.max_num_adapters_per_replica.type, parentSchema: schema11.properties.llm_configs.items.then.properties.lora_config.else.properties.max_num_adapters_per_replica, data: data22 };
                        if (vErrors === null) {
                          vErrors = [err41];
                        } else {
                          vErrors.push(err41);
                        }
                        errors++;
                      }
                    }
                    if (data20.download_timeout_s !== void 0) {
                      let data23 = data20.download_timeout_s;
                      if (!(typeof data23 == "number")) {
                        const err42 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/lora_config/download_timeout_s", schemaPath: "#/properties/llm_configs/items/then/properties/lora_config/else/properties/download_timeout_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.lora_config.else.properties.download_timeout_s.type, parentSchema: schema11.properties.llm_configs.items.then.properties.lora_config.else.properties.download_timeout_s, data: data23 };
                        if (vErrors === null) {
                          vErrors = [err42];
                        } else {
                          vErrors.push(err42);
                        }
                        errors++;
                      }
                    }
                    if (data20.max_download_tries !== void 0) {
                      let data24 = data20.max_download_tries;
                      if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)))) {
                        const err43 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/lora_config/max_download_tries", schemaPath: "#/properties/llm_configs/items/then/properties/lora_config/else/properties/max_download_tries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.llm_configs.items.then.properties.lora_config.else.properties.max_download_tries.type, parentSchema: schema11.properties.llm_configs.items.then.properties.lora_config.else.properties.max_download_tries, data: data24 };
                        if (vErrors === null) {
                          vErrors = [err43];
                        } else {
                          vErrors.push(err43);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err44 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/lora_config", schemaPath: "#/properties/llm_configs/items/then/properties/lora_config/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.lora_config.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.lora_config.else, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                  var _valid6 = _errs75 === errors;
                  valid16 = _valid6;
                }
                if (!valid16) {
                  const err45 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/lora_config", schemaPath: "#/properties/llm_configs/items/then/properties/lora_config/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.lora_config.if, parentSchema: schema11.properties.llm_configs.items.then.properties.lora_config, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              }
              if (data1.deployment_config !== void 0) {
                let data25 = data1.deployment_config;
                if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                  for (const key5 in data25) {
                    if (!func2.call(schema11.properties.llm_configs.items.then.properties.deployment_config.properties, key5)) {
                      const err46 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config, data: data25 };
                      if (vErrors === null) {
                        vErrors = [err46];
                      } else {
                        vErrors.push(err46);
                      }
                      errors++;
                    }
                  }
                  if (data25.name !== void 0) {
                    let data26 = data25.name;
                    if (typeof data26 !== "string") {
                      const err47 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/name", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.name.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.name, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                  }
                  if (data25.num_replicas !== void 0) {
                    let data27 = data25.num_replicas;
                    const _errs96 = errors;
                    let valid20 = false;
                    const _errs97 = errors;
                    if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)))) {
                      const err48 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/num_replicas", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/num_replicas/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.num_replicas.anyOf[0].type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.num_replicas.anyOf[0], data: data27 };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                    var _valid8 = _errs97 === errors;
                    valid20 = valid20 || _valid8;
                    if (!valid20) {
                      const _errs99 = errors;
                      if ("auto" !== data27) {
                        const err49 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/num_replicas", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/num_replicas/anyOf/1/const", keyword: "const", params: { allowedValue: "auto" }, message: "must be equal to constant", schema: "auto", parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.num_replicas.anyOf[1], data: data27 };
                        if (vErrors === null) {
                          vErrors = [err49];
                        } else {
                          vErrors.push(err49);
                        }
                        errors++;
                      }
                      var _valid8 = _errs99 === errors;
                      valid20 = valid20 || _valid8;
                      if (!valid20) {
                        const _errs100 = errors;
                        if (data27 !== null) {
                          const err50 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/num_replicas", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/num_replicas/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.num_replicas.anyOf[2].type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.num_replicas.anyOf[2], data: data27 };
                          if (vErrors === null) {
                            vErrors = [err50];
                          } else {
                            vErrors.push(err50);
                          }
                          errors++;
                        }
                        var _valid8 = _errs100 === errors;
                        valid20 = valid20 || _valid8;
                      }
                    }
                    if (!valid20) {
                      const err51 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/num_replicas", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/num_replicas/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.num_replicas.anyOf, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.num_replicas, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                    } else {
                      errors = _errs96;
                      if (vErrors !== null) {
                        if (_errs96) {
                          vErrors.length = _errs96;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                  }
                  if (data25.max_ongoing_requests !== void 0) {
                    let data28 = data25.max_ongoing_requests;
                    if (!(typeof data28 == "number")) {
                      const err52 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/max_ongoing_requests", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/max_ongoing_requests/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.max_ongoing_requests.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.max_ongoing_requests, data: data28 };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                  }
                  if (data25.max_queued_requests !== void 0) {
                    let data29 = data25.max_queued_requests;
                    if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)))) {
                      const err53 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/max_queued_requests", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/max_queued_requests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.max_queued_requests.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.max_queued_requests, data: data29 };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                  }
                  if (data25.autoscaling_config !== void 0) {
                    let data30 = data25.autoscaling_config;
                    const _errs107 = errors;
                    let valid21 = true;
                    const _errs108 = errors;
                    if (data30 !== null) {
                      const err54 = {};
                      if (vErrors === null) {
                        vErrors = [err54];
                      } else {
                        vErrors.push(err54);
                      }
                      errors++;
                    }
                    var _valid9 = _errs108 === errors;
                    errors = _errs107;
                    if (vErrors !== null) {
                      if (_errs107) {
                        vErrors.length = _errs107;
                      } else {
                        vErrors = null;
                      }
                    }
                    if (!_valid9) {
                      const _errs110 = errors;
                      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                        for (const key6 in data30) {
                          if (!func2.call(schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties, key6)) {
                            const err55 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else, data: data30 };
                            if (vErrors === null) {
                              vErrors = [err55];
                            } else {
                              vErrors.push(err55);
                            }
                            errors++;
                          }
                        }
                        if (data30.min_replicas !== void 0) {
                          let data31 = data30.min_replicas;
                          if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)))) {
                            const err56 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/min_replicas", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/min_replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.min_replicas.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.min_replicas, data: data31 };
                            if (vErrors === null) {
                              vErrors = [err56];
                            } else {
                              vErrors.push(err56);
                            }
                            errors++;
                          }
                        }
                        if (data30.initial_replicas !== void 0) {
                          let data32 = data30.initial_replicas;
                          const _errs116 = errors;
                          let valid23 = true;
                          const _errs117 = errors;
                          if (data32 !== null) {
                            const err57 = {};
                            if (vErrors === null) {
                              vErrors = [err57];
                            } else {
                              vErrors.push(err57);
                            }
                            errors++;
                          }
                          var _valid10 = _errs117 === errors;
                          errors = _errs116;
                          if (vErrors !== null) {
                            if (_errs116) {
                              vErrors.length = _errs116;
                            } else {
                              vErrors = null;
                            }
                          }
                          if (!_valid10) {
                            const _errs119 = errors;
                            if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32)))) {
                              const err58 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/initial_replicas", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/initial_replicas/else/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.initial_replicas.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.initial_replicas.else, data: data32 };
                              if (vErrors === null) {
                                vErrors = [err58];
                              } else {
                                vErrors.push(err58);
                              }
                              errors++;
                            }
                            var _valid10 = _errs119 === errors;
                            valid23 = _valid10;
                          }
                          if (!valid23) {
                            const err59 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/initial_replicas", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/initial_replicas/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.initial_replicas.if, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.initial_replicas, data: data32 };
                            if (vErrors === null) {
                              vErrors = [err59];
                            } else {
                              vErrors.push(err59);
                            }
                            errors++;
                          }
                        }
                        if (data30.max_replicas !== void 0) {
                          let data33 = data30.max_replicas;
                          if (!(typeof data33 == "number" && (!(data33 % 1) && !isNaN(data33)))) {
                            const err60 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/max_replicas", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/max_replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.max_replicas.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.max_replicas, data: data33 };
                            if (vErrors === null) {
                              vErrors = [err60];
                            } else {
                              vErrors.push(err60);
                            }
                            errors++;
                          }
                        }
                        if (data30.target_ongoing_requests !== void 0) {
                          let data34 = data30.target_ongoing_requests;
                          const _errs124 = errors;
                          let valid24 = true;
                          const _errs125 = errors;
                          if (data34 !== null) {
                            const err61 = {};
                            if (vErrors === null) {
                              vErrors = [err61];
                            } else {
                              vErrors.push(err61);
                            }
                            errors++;
                          }
                          var _valid11 = _errs125 === errors;
                          errors = _errs124;
                          if (vErrors !== null) {
                            if (_errs124) {
                              vErrors.length = _errs124;
                            } else {
                              vErrors = null;
                            }
                          }
                          if (!_valid11) {
                            const _errs127 = errors;
                            if (!(typeof data34 == "number")) {
                              const err62 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/target_ongoing_requests", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/target_ongoing_requests/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.target_ongoing_requests.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.target_ongoing_requests.else, data: data34 };
                              if (vErrors === null) {
                                vErrors = [err62];
                              } else {
                                vErrors.push(err62);
                              }
                              errors++;
                            }
                            var _valid11 = _errs127 === errors;
                            valid24 = _valid11;
                          }
                          if (!valid24) {
                            const err63 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/target_ongoing_requests", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/target_ongoing_requests/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.target_ongoing_requests.if, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.target_ongoing_requests, data: data34 };
                            if (vErrors === null) {
                              vErrors = [err63];
                            } else {
                              vErrors.push(err63);
                            }
                            errors++;
                          }
                        }
                        if (data30.metrics_interval_s !== void 0) {
                          let data35 = data30.metrics_interval_s;
                          if (!(typeof data35 == "number")) {
                            const err64 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/metrics_interval_s", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/metrics_interval_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.metrics_interval_s.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.metrics_interval_s, data: data35 };
                            if (vErrors === null) {
                              vErrors = [err64];
                            } else {
                              vErrors.push(err64);
                            }
                            errors++;
                          }
                        }
                        if (data30.look_back_period_s !== void 0) {
                          let data36 = data30.look_back_period_s;
                          if (!(typeof data36 == "number")) {
                            const err65 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/look_back_period_s", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/look_back_period_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.look_back_period_s.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.look_back_period_s, data: data36 };
                            if (vErrors === null) {
                              vErrors = [err65];
                            } else {
                              vErrors.push(err65);
                            }
                            errors++;
                          }
                        }
                        if (data30.smoothing_factor !== void 0) {
                          let data37 = data30.smoothing_factor;
                          if (!(typeof data37 == "number")) {
                            const err66 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/smoothing_factor", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/smoothing_factor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.smoothing_factor.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.smoothing_factor, data: data37 };
                            if (vErrors === null) {
                              vErrors = [err66];
                            } else {
                              vErrors.push(err66);
                            }
                            errors++;
                          }
                        }
                        if (data30.upscale_smoothing_factor !== void 0) {
                          let data38 = data30.upscale_smoothing_factor;
                          const _errs136 = errors;
                          let valid25 = true;
                          const _errs137 = errors;
                          if (data38 !== null) {
                            const err67 = {};
                            if (vErrors === null) {
                              vErrors = [err67];
                            } else {
                              vErrors.push(err67);
                            }
                            errors++;
                          }
                          var _valid12 = _errs137 === errors;
                          errors = _errs136;
                          if (vErrors !== null) {
                            if (_errs136) {
                              vErrors.length = _errs136;
                            } else {
                              vErrors = null;
                            }
                          }
                          if (!_valid12) {
                            const _errs139 = errors;
                            if (!(typeof data38 == "number")) {
                              const err68 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/upscale_smoothing_factor", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/upscale_smoothing_factor/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.upscale_smoothing_factor.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.upscale_smoothing_factor.else, data: data38 };
                              if (vErrors === null) {
                                vErrors = [err68];
                              } else {
                                vErrors.push(err68);
                              }
                              errors++;
                            }
                            var _valid12 = _errs139 === errors;
                            valid25 = _valid12;
                          }
                          if (!valid25) {
                            const err69 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/upscale_smoothing_factor", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/upscale_smoothing_factor/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.upscale_smoothing_factor.if, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.upscale_smoothing_factor, data: data38 };
                            if (vErrors === null) {
                              vErrors = [err69];
                            } else {
                              vErrors.push(err69);
                            }
                            errors++;
                          }
                        }
                        if (data30.downscale_smoothing_factor !== void 0) {
                          let data39 = data30.downscale_smoothing_factor;
                          const _errs142 = errors;
                          let valid26 = true;
                          const _errs143 = errors;
                          if (data39 !== null) {
                            const err70 = {};
                            if (vErrors === null) {
                              vErrors = [err70];
                            } else {
                              vErrors.push(err70);
                            }
                            errors++;
                          }
                          var _valid13 = _errs143 === errors;
                          errors = _errs142;
                          if (vErrors !== null) {
                            if (_errs142) {
                              vErrors.length = _errs142;
                            } else {
                              vErrors = null;
                            }
                          }
                          if (!_valid13) {
                            const _errs145 = errors;
                            if (!(typeof data39 == "number")) {
                              const err71 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/downscale_smoothing_factor", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/downscale_smoothing_factor/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscale_smoothing_factor.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscale_smoothing_factor.else, data: data39 };
                              if (vErrors === null) {
                                vErrors = [err71];
                              } else {
                                vErrors.push(err71);
                              }
                              errors++;
                            }
                            var _valid13 = _errs145 === errors;
                            valid26 = _valid13;
                          }
                          if (!valid26) {
                            const err72 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/downscale_smoothing_factor", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/downscale_smoothing_factor/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscale_smoothing_factor.if, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscale_smoothing_factor, data: data39 };
                            if (vErrors === null) {
                              vErrors = [err72];
                            } else {
                              vErrors.push(err72);
                            }
                            errors++;
                          }
                        }
                        if (data30.upscaling_factor !== void 0) {
                          let data40 = data30.upscaling_factor;
                          const _errs148 = errors;
                          let valid27 = true;
                          const _errs149 = errors;
                          if (data40 !== null) {
                            const err73 = {};
                            if (vErrors === null) {
                              vErrors = [err73];
                            } else {
                              vErrors.push(err73);
                            }
                            errors++;
                          }
                          var _valid14 = _errs149 === errors;
                          errors = _errs148;
                          if (vErrors !== null) {
                            if (_errs148) {
                              vErrors.length = _errs148;
                            } else {
                              vErrors = null;
                            }
                          }
                          if (!_valid14) {
                            const _errs151 = errors;
                            if (!(typeof data40 == "number")) {
                              const err74 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/upscaling_factor", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/upscaling_factor/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.upscaling_factor.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.upscaling_factor.else, data: data40 };
                              if (vErrors === null) {
                                vErrors = [err74];
                              } else {
                                vErrors.push(err74);
                              }
                              errors++;
                            }
                            var _valid14 = _errs151 === errors;
                            valid27 = _valid14;
                          }
                          if (!valid27) {
                            const err75 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/upscaling_factor", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/upscaling_factor/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.upscaling_factor.if, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.upscaling_factor, data: data40 };
                            if (vErrors === null) {
                              vErrors = [err75];
                            } else {
                              vErrors.push(err75);
                            }
                            errors++;
                          }
                        }
                        if (data30.downscaling_factor !== void 0) {
                          let data41 = data30.downscaling_factor;
                          const _errs154 = errors;
                          let valid28 = true;
                          const _errs155 = errors;
                          if (data41 !== null) {
                            const err76 = {};
                            if (vErrors === null) {
                              vErrors = [err76];
                            } else {
                              vErrors.push(err76);
                            }
                            errors++;
                          }
                          var _valid15 = _errs155 === errors;
                          errors = _errs154;
                          if (vErrors !== null) {
                            if (_errs154) {
                              vErrors.length = _errs154;
                            } else {
                              vErrors = null;
                            }
                          }
                          if (!_valid15) {
                            const _errs157 = errors;
                            if (!(typeof data41 == "number")) {
                              const err77 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/downscaling_factor", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/downscaling_factor/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscaling_factor.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscaling_factor.else, data: data41 };
                              if (vErrors === null) {
                                vErrors = [err77];
                              } else {
                                vErrors.push(err77);
                              }
                              errors++;
                            }
                            var _valid15 = _errs157 === errors;
                            valid28 = _valid15;
                          }
                          if (!valid28) {
                            const err78 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/downscaling_factor", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/downscaling_factor/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscaling_factor.if, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscaling_factor, data: data41 };
                            if (vErrors === null) {
                              vErrors = [err78];
                            } else {
                              vErrors.push(err78);
                            }
                            errors++;
                          }
                        }
                        if (data30.downscale_delay_s !== void 0) {
                          let data42 = data30.downscale_delay_s;
                          if (!(typeof data42 == "number")) {
                            const err79 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/downscale_delay_s", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/downscale_delay_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscale_delay_s.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscale_delay_s, data: data42 };
                            if (vErrors === null) {
                              vErrors = [err79];
                            } else {
                              vErrors.push(err79);
                            }
                            errors++;
                          }
                        }
                        if (data30.downscale_to_zero_delay_s !== void 0) {
                          let data43 = data30.downscale_to_zero_delay_s;
                          const _errs162 = errors;
                          let valid29 = true;
                          const _errs163 = errors;
                          if (data43 !== null) {
                            const err80 = {};
                            if (vErrors === null) {
                              vErrors = [err80];
                            } else {
                              vErrors.push(err80);
                            }
                            errors++;
                          }
                          var _valid16 = _errs163 === errors;
                          errors = _errs162;
                          if (vErrors !== null) {
                            if (_errs162) {
                              vErrors.length = _errs162;
                            } else {
                              vErrors = null;
                            }
                          }
                          if (!_valid16) {
                            const _errs165 = errors;
                            if (!(typeof data43 == "number")) {
                              const err81 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/downscale_to_zero_delay_s", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/downscale_to_zero_delay_s/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscale_to_zero_delay_s.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscale_to_zero_delay_s.else, data: data43 };
                              if (vErrors === null) {
                                vErrors = [err81];
                              } else {
                                vErrors.push(err81);
                              }
                              errors++;
                            }
                            var _valid16 = _errs165 === errors;
                            valid29 = _valid16;
                          }
                          if (!valid29) {
                            const err82 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/downscale_to_zero_delay_s", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/downscale_to_zero_delay_s/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscale_to_zero_delay_s.if, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscale_to_zero_delay_s, data: data43 };
                            if (vErrors === null) {
                              vErrors = [err82];
                            } else {
                              vErrors.push(err82);
                            }
                            errors++;
                          }
                        }
                        if (data30.upscale_delay_s !== void 0) {
                          let data44 = data30.upscale_delay_s;
                          if (!(typeof data44 == "number")) {
                            const err83 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/upscale_delay_s", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/upscale_delay_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.upscale_delay_s.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.upscale_delay_s, data: data44 };
                            if (vErrors === null) {
                              vErrors = [err83];
                            } else {
                              vErrors.push(err83);
                            }
                            errors++;
                          }
                        }
                        if (data30.aggregation_function !== void 0) {
                          let data45 = data30.aggregation_function;
                          if (typeof data45 !== "string") {
                            const err84 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/aggregation_function", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/aggregation_function/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.aggregation_function.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.aggregation_function, data: data45 };
                            if (vErrors === null) {
                              vErrors = [err84];
                            } else {
                              vErrors.push(err84);
                            }
                            errors++;
                          }
                          if (!(data45 === "mean" || data45 === "max" || data45 === "min" || data45 === "MEAN" || data45 === "MAX" || data45 === "MIN")) {
                            const err85 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/aggregation_function", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/aggregation_function/enum", keyword: "enum", params: { allowedValues: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.aggregation_function.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.aggregation_function.enum, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.aggregation_function, data: data45 };
                            if (vErrors === null) {
                              vErrors = [err85];
                            } else {
                              vErrors.push(err85);
                            }
                            errors++;
                          }
                        }
                        if (data30.prometheus_metrics !== void 0) {
                          let data46 = data30.prometheus_metrics;
                          const _errs172 = errors;
                          let valid30 = true;
                          const _errs173 = errors;
                          if (data46 !== null) {
                            const err86 = {};
                            if (vErrors === null) {
                              vErrors = [err86];
                            } else {
                              vErrors.push(err86);
                            }
                            errors++;
                          }
                          var _valid17 = _errs173 === errors;
                          errors = _errs172;
                          if (vErrors !== null) {
                            if (_errs172) {
                              vErrors.length = _errs172;
                            } else {
                              vErrors = null;
                            }
                          }
                          if (!_valid17) {
                            const _errs175 = errors;
                            if (Array.isArray(data46)) {
                              const len2 = data46.length;
                              for (let i2 = 0; i2 < len2; i2++) {
                                let data47 = data46[i2];
                                if (typeof data47 !== "string") {
                                  const err87 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/prometheus_metrics/" + i2, schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/prometheus_metrics/else/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.prometheus_metrics.else.items.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.prometheus_metrics.else.items, data: data47 };
                                  if (vErrors === null) {
                                    vErrors = [err87];
                                  } else {
                                    vErrors.push(err87);
                                  }
                                  errors++;
                                }
                              }
                            } else {
                              const err88 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/prometheus_metrics", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/prometheus_metrics/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.prometheus_metrics.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.prometheus_metrics.else, data: data46 };
                              if (vErrors === null) {
                                vErrors = [err88];
                              } else {
                                vErrors.push(err88);
                              }
                              errors++;
                            }
                            var _valid17 = _errs175 === errors;
                            valid30 = _valid17;
                          }
                          if (!valid30) {
                            const err89 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/prometheus_metrics", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/prometheus_metrics/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.prometheus_metrics.if, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.prometheus_metrics, data: data46 };
                            if (vErrors === null) {
                              vErrors = [err89];
                            } else {
                              vErrors.push(err89);
                            }
                            errors++;
                          }
                        }
                        if (data30.target_num_ongoing_requests_per_replica !== void 0) {
                          let data48 = data30.target_num_ongoing_requests_per_replica;
                          if (!(typeof data48 == "number")) {
                            const err90 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/target_num_ongoing_requests_per_replica", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/target_num_ongoing_requests_per_replica/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.target_num_ongoing_requests_per_replica.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.target_num_ongoing_requests_per_replica, data: data48 };
                            if (vErrors === null) {
                              vErrors = [err90];
                            } else {
                              vErrors.push(err90);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err91 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else, data: data30 };
                        if (vErrors === null) {
                          vErrors = [err91];
                        } else {
                          vErrors.push(err91);
                        }
                        errors++;
                      }
                      var _valid9 = _errs110 === errors;
                      valid21 = _valid9;
                    }
                    if (!valid21) {
                      const err92 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.if, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config, data: data30 };
                      if (vErrors === null) {
                        vErrors = [err92];
                      } else {
                        vErrors.push(err92);
                      }
                      errors++;
                    }
                  }
                  if (data25.graceful_shutdown_wait_loop_s !== void 0) {
                    let data49 = data25.graceful_shutdown_wait_loop_s;
                    if (!(typeof data49 == "number")) {
                      const err93 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/graceful_shutdown_wait_loop_s", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/graceful_shutdown_wait_loop_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.graceful_shutdown_wait_loop_s.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.graceful_shutdown_wait_loop_s, data: data49 };
                      if (vErrors === null) {
                        vErrors = [err93];
                      } else {
                        vErrors.push(err93);
                      }
                      errors++;
                    }
                  }
                  if (data25.graceful_shutdown_timeout_s !== void 0) {
                    let data50 = data25.graceful_shutdown_timeout_s;
                    if (!(typeof data50 == "number")) {
                      const err94 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/graceful_shutdown_timeout_s", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/graceful_shutdown_timeout_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.graceful_shutdown_timeout_s.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.graceful_shutdown_timeout_s, data: data50 };
                      if (vErrors === null) {
                        vErrors = [err94];
                      } else {
                        vErrors.push(err94);
                      }
                      errors++;
                    }
                  }
                  if (data25.health_check_period_s !== void 0) {
                    let data51 = data25.health_check_period_s;
                    if (!(typeof data51 == "number")) {
                      const err95 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/health_check_period_s", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/health_check_period_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.health_check_period_s.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.health_check_period_s, data: data51 };
                      if (vErrors === null) {
                        vErrors = [err95];
                      } else {
                        vErrors.push(err95);
                      }
                      errors++;
                    }
                  }
                  if (data25.health_check_timeout_s !== void 0) {
                    let data52 = data25.health_check_timeout_s;
                    if (!(typeof data52 == "number")) {
                      const err96 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/health_check_timeout_s", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/health_check_timeout_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.health_check_timeout_s.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.health_check_timeout_s, data: data52 };
                      if (vErrors === null) {
                        vErrors = [err96];
                      } else {
                        vErrors.push(err96);
                      }
                      errors++;
                    }
                  }
                  if (data25.ray_actor_options !== void 0) {
                    let data53 = data25.ray_actor_options;
                    if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                      for (const key7 in data53) {
                        if (!(key7 === "runtime_env" || key7 === "num_cpus" || key7 === "num_gpus" || key7 === "memory" || key7 === "object_store_memory" || key7 === "resources" || key7 === "accelerator_type" || key7 === "label_selector")) {
                          const err97 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options, data: data53 };
                          if (vErrors === null) {
                            vErrors = [err97];
                          } else {
                            vErrors.push(err97);
                          }
                          errors++;
                        }
                      }
                      if (data53.runtime_env !== void 0) {
                        let data54 = data53.runtime_env;
                        if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                          if (data54.env_vars !== void 0) {
                            let data55 = data54.env_vars;
                            if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                              for (const key8 in data55) {
                                let data56 = data55[key8];
                                if (typeof data56 !== "string") {
                                  const err98 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/runtime_env/env_vars/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/runtime_env/properties/env_vars/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env.properties.env_vars.additionalProperties.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env.properties.env_vars.additionalProperties, data: data56 };
                                  if (vErrors === null) {
                                    vErrors = [err98];
                                  } else {
                                    vErrors.push(err98);
                                  }
                                  errors++;
                                }
                              }
                            } else {
                              const err99 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/runtime_env/env_vars", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/runtime_env/properties/env_vars/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env.properties.env_vars.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env.properties.env_vars, data: data55 };
                              if (vErrors === null) {
                                vErrors = [err99];
                              } else {
                                vErrors.push(err99);
                              }
                              errors++;
                            }
                          }
                          if (data54.working_dir !== void 0) {
                            let data57 = data54.working_dir;
                            if (typeof data57 !== "string") {
                              const err100 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/runtime_env/working_dir", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/runtime_env/properties/working_dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env.properties.working_dir.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env.properties.working_dir, data: data57 };
                              if (vErrors === null) {
                                vErrors = [err100];
                              } else {
                                vErrors.push(err100);
                              }
                              errors++;
                            }
                          }
                          if (data54.py_modules !== void 0) {
                            let data58 = data54.py_modules;
                            if (Array.isArray(data58)) {
                              const len3 = data58.length;
                              for (let i3 = 0; i3 < len3; i3++) {
                                let data59 = data58[i3];
                                if (typeof data59 !== "string") {
                                  const err101 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/runtime_env/py_modules/" + i3, schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/runtime_env/properties/py_modules/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env.properties.py_modules.items.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env.properties.py_modules.items, data: data59 };
                                  if (vErrors === null) {
                                    vErrors = [err101];
                                  } else {
                                    vErrors.push(err101);
                                  }
                                  errors++;
                                }
                              }
                            } else {
                              const err102 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/runtime_env/py_modules", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/runtime_env/properties/py_modules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env.properties.py_modules.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env.properties.py_modules, data: data58 };
                              if (vErrors === null) {
                                vErrors = [err102];
                              } else {
                                vErrors.push(err102);
                              }
                              errors++;
                            }
                          }
                          if (data54.config !== void 0) {
                            let data60 = data54.config;
                            if (!(data60 && typeof data60 == "object" && !Array.isArray(data60))) {
                              const err103 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/runtime_env/config", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/runtime_env/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env.properties.config.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env.properties.config, data: data60 };
                              if (vErrors === null) {
                                vErrors = [err103];
                              } else {
                                vErrors.push(err103);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err104 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/runtime_env", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/runtime_env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env, data: data54 };
                          if (vErrors === null) {
                            vErrors = [err104];
                          } else {
                            vErrors.push(err104);
                          }
                          errors++;
                        }
                      }
                      if (data53.num_cpus !== void 0) {
                        let data61 = data53.num_cpus;
                        if (!(typeof data61 == "number")) {
                          const err105 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/num_cpus", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/num_cpus/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.num_cpus.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.num_cpus, data: data61 };
                          if (vErrors === null) {
                            vErrors = [err105];
                          } else {
                            vErrors.push(err105);
                          }
                          errors++;
                        }
                      }
                      if (data53.num_gpus !== void 0) {
                        let data62 = data53.num_gpus;
                        if (!(typeof data62 == "number")) {
                          const err106 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/num_gpus", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/num_gpus/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.num_gpus.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.num_gpus, data: data62 };
                          if (vErrors === null) {
                            vErrors = [err106];
                          } else {
                            vErrors.push(err106);
                          }
                          errors++;
                        }
                      }
                      if (data53.memory !== void 0) {
                        let data63 = data53.memory;
                        if (!(typeof data63 == "number")) {
                          const err107 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/memory", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/memory/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.memory.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.memory, data: data63 };
                          if (vErrors === null) {
                            vErrors = [err107];
                          } else {
                            vErrors.push(err107);
                          }
                          errors++;
                        }
                      }
                      if (data53.object_store_memory !== void 0) {
                        let data64 = data53.object_store_memory;
                        if (!(typeof data64 == "number")) {
                          const err108 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/object_store_memory", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/object_store_memory/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.object_store_memory.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.object_store_memory, data: data64 };
                          if (vErrors === null) {
                            vErrors = [err108];
                          } else {
                            vErrors.push(err108);
                          }
                          errors++;
                        }
                      }
                      if (data53.resources !== void 0) {
                        let data65 = data53.resources;
                        if (!(data65 && typeof data65 == "object" && !Array.isArray(data65))) {
                          const err109 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/resources", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.resources.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.resources, data: data65 };
                          if (vErrors === null) {
                            vErrors = [err109];
                          } else {
                            vErrors.push(err109);
                          }
                          errors++;
                        }
                      }
                      if (data53.accelerator_type !== void 0) {
                        let data66 = data53.accelerator_type;
                        if (typeof data66 !== "string") {
                          const err110 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/accelerator_type", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/accelerator_type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.accelerator_type.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.accelerator_type, data: data66 };
                          if (vErrors === null) {
                            vErrors = [err110];
                          } else {
                            vErrors.push(err110);
                          }
                          errors++;
                        }
                      }
                      if (data53.label_selector !== void 0) {
                        let data67 = data53.label_selector;
                        if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                          for (const key9 in data67) {
                            let data68 = data67[key9];
                            if (typeof data68 !== "string") {
                              const err111 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/label_selector/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/label_selector/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.label_selector.additionalProperties.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.label_selector.additionalProperties, data: data68 };
                              if (vErrors === null) {
                                vErrors = [err111];
                              } else {
                                vErrors.push(err111);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err112 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/label_selector", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/label_selector/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.label_selector.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.label_selector, data: data67 };
                          if (vErrors === null) {
                            vErrors = [err112];
                          } else {
                            vErrors.push(err112);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err113 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options, data: data53 };
                      if (vErrors === null) {
                        vErrors = [err113];
                      } else {
                        vErrors.push(err113);
                      }
                      errors++;
                    }
                  }
                  if (data25.logging_config !== void 0) {
                    let data69 = data25.logging_config;
                    if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                      for (const key10 in data69) {
                        if (!(key10 === "encoding" || key10 === "log_level" || key10 === "logs_dir" || key10 === "enable_access_log" || key10 === "additional_log_standard_attrs")) {
                          const err114 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/logging_config", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/logging_config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config, data: data69 };
                          if (vErrors === null) {
                            vErrors = [err114];
                          } else {
                            vErrors.push(err114);
                          }
                          errors++;
                        }
                      }
                      if (data69.encoding !== void 0) {
                        let data70 = data69.encoding;
                        if (typeof data70 !== "string") {
                          const err115 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/logging_config/encoding", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/logging_config/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.encoding.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.encoding, data: data70 };
                          if (vErrors === null) {
                            vErrors = [err115];
                          } else {
                            vErrors.push(err115);
                          }
                          errors++;
                        }
                        if (!(data70 === "TEXT" || data70 === "JSON")) {
                          const err116 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/logging_config/encoding", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/logging_config/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.encoding.enum, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.encoding, data: data70 };
                          if (vErrors === null) {
                            vErrors = [err116];
                          } else {
                            vErrors.push(err116);
                          }
                          errors++;
                        }
                      }
                      if (data69.log_level !== void 0) {
                        let data71 = data69.log_level;
                        const _errs230 = errors;
                        let valid40 = false;
                        const _errs231 = errors;
                        if (typeof data71 !== "string") {
                          const err117 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/logging_config/log_level", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/logging_config/properties/log_level/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.log_level.anyOf[0].type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.log_level.anyOf[0], data: data71 };
                          if (vErrors === null) {
                            vErrors = [err117];
                          } else {
                            vErrors.push(err117);
                          }
                          errors++;
                        }
                        var _valid18 = _errs231 === errors;
                        valid40 = valid40 || _valid18;
                        if (!valid40) {
                          const _errs233 = errors;
                          if (!(typeof data71 == "number" && (!(data71 % 1) && !isNaN(data71)))) {
                            const err118 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/logging_config/log_level", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/logging_config/properties/log_level/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.log_level.anyOf[1].type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.log_level.anyOf[1], data: data71 };
                            if (vErrors === null) {
                              vErrors = [err118];
                            } else {
                              vErrors.push(err118);
                            }
                            errors++;
                          }
                          var _valid18 = _errs233 === errors;
                          valid40 = valid40 || _valid18;
                        }
                        if (!valid40) {
                          const err119 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/logging_config/log_level", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/logging_config/properties/log_level/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.log_level.anyOf, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.log_level, data: data71 };
                          if (vErrors === null) {
                            vErrors = [err119];
                          } else {
                            vErrors.push(err119);
                          }
                          errors++;
                        } else {
                          errors = _errs230;
                          if (vErrors !== null) {
                            if (_errs230) {
                              vErrors.length = _errs230;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                      }
                      if (data69.logs_dir !== void 0) {
                        let data72 = data69.logs_dir;
                        const _errs236 = errors;
                        let valid41 = true;
                        const _errs237 = errors;
                        if (data72 !== null) {
                          const err120 = {};
                          if (vErrors === null) {
                            vErrors = [err120];
                          } else {
                            vErrors.push(err120);
                          }
                          errors++;
                        }
                        var _valid19 = _errs237 === errors;
                        errors = _errs236;
                        if (vErrors !== null) {
                          if (_errs236) {
                            vErrors.length = _errs236;
                          } else {
                            vErrors = null;
                          }
                        }
                        if (!_valid19) {
                          const _errs239 = errors;
                          if (typeof data72 !== "string") {
                            const err121 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/logging_config/logs_dir", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/logging_config/properties/logs_dir/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.logs_dir.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.logs_dir.else, data: data72 };
                            if (vErrors === null) {
                              vErrors = [err121];
                            } else {
                              vErrors.push(err121);
                            }
                            errors++;
                          }
                          var _valid19 = _errs239 === errors;
                          valid41 = _valid19;
                        }
                        if (!valid41) {
                          const err122 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/logging_config/logs_dir", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/logging_config/properties/logs_dir/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.logs_dir.if, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.logs_dir, data: data72 };
                          if (vErrors === null) {
                            vErrors = [err122];
                          } else {
                            vErrors.push(err122);
                          }
                          errors++;
                        }
                      }
                      if (data69.enable_access_log !== void 0) {
                        let data73 = data69.enable_access_log;
                        if (typeof data73 !== "boolean") {
                          const err123 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/logging_config/enable_access_log", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/logging_config/properties/enable_access_log/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.enable_access_log.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.enable_access_log, data: data73 };
                          if (vErrors === null) {
                            vErrors = [err123];
                          } else {
                            vErrors.push(err123);
                          }
                          errors++;
                        }
                      }
                      if (data69.additional_log_standard_attrs !== void 0) {
                        let data74 = data69.additional_log_standard_attrs;
                        if (Array.isArray(data74)) {
                          const len4 = data74.length;
                          for (let i4 = 0; i4 < len4; i4++) {
                            let data75 = data74[i4];
                            if (typeof data75 !== "string") {
                              const err124 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/logging_config/additional_log_standard_attrs/" + i4, schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/logging_config/properties/additional_log_standard_attrs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.additional_log_standard_attrs.items.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.additional_log_standard_attrs.items, data: data75 };
                              if (vErrors === null) {
                                vErrors = [err124];
                              } else {
                                vErrors.push(err124);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err125 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/logging_config/additional_log_standard_attrs", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/logging_config/properties/additional_log_standard_attrs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.additional_log_standard_attrs.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.additional_log_standard_attrs, data: data74 };
                          if (vErrors === null) {
                            vErrors = [err125];
                          } else {
                            vErrors.push(err125);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err126 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/logging_config", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/logging_config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config, data: data69 };
                      if (vErrors === null) {
                        vErrors = [err126];
                      } else {
                        vErrors.push(err126);
                      }
                      errors++;
                    }
                  }
                  if (data25.request_router_config !== void 0) {
                    let data76 = data25.request_router_config;
                    if (!(data76 && typeof data76 == "object" && !Array.isArray(data76))) {
                      const err127 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/request_router_config", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/request_router_config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.request_router_config.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.request_router_config, data: data76 };
                      if (vErrors === null) {
                        vErrors = [err127];
                      } else {
                        vErrors.push(err127);
                      }
                      errors++;
                    }
                  }
                  if (data25.max_constructor_retry_count !== void 0) {
                    let data77 = data25.max_constructor_retry_count;
                    if (!(typeof data77 == "number" && (!(data77 % 1) && !isNaN(data77)))) {
                      const err128 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/max_constructor_retry_count", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/max_constructor_retry_count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.max_constructor_retry_count.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.max_constructor_retry_count, data: data77 };
                      if (vErrors === null) {
                        vErrors = [err128];
                      } else {
                        vErrors.push(err128);
                      }
                      errors++;
                    }
                  }
                  if (data25.max_replicas_per_node !== void 0) {
                    let data78 = data25.max_replicas_per_node;
                    if (!(typeof data78 == "number" && (!(data78 % 1) && !isNaN(data78)))) {
                      const err129 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config/max_replicas_per_node", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/max_replicas_per_node/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.max_replicas_per_node.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.max_replicas_per_node, data: data78 };
                      if (vErrors === null) {
                        vErrors = [err129];
                      } else {
                        vErrors.push(err129);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err130 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/deployment_config", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err130];
                  } else {
                    vErrors.push(err130);
                  }
                  errors++;
                }
              }
              if (data1.experimental_configs !== void 0) {
                let data79 = data1.experimental_configs;
                if (!(data79 && typeof data79 == "object" && !Array.isArray(data79))) {
                  const err131 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/experimental_configs", schemaPath: "#/properties/llm_configs/items/then/properties/experimental_configs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.experimental_configs.type, parentSchema: schema11.properties.llm_configs.items.then.properties.experimental_configs, data: data79 };
                  if (vErrors === null) {
                    vErrors = [err131];
                  } else {
                    vErrors.push(err131);
                  }
                  errors++;
                }
              }
              if (data1.log_engine_metrics !== void 0) {
                let data80 = data1.log_engine_metrics;
                if (typeof data80 !== "boolean") {
                  const err132 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/log_engine_metrics", schemaPath: "#/properties/llm_configs/items/then/properties/log_engine_metrics/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.llm_configs.items.then.properties.log_engine_metrics.type, parentSchema: schema11.properties.llm_configs.items.then.properties.log_engine_metrics, data: data80 };
                  if (vErrors === null) {
                    vErrors = [err132];
                  } else {
                    vErrors.push(err132);
                  }
                  errors++;
                }
              }
              if (data1.placement_group_config !== void 0) {
                let data81 = data1.placement_group_config;
                const _errs258 = errors;
                let valid44 = true;
                const _errs259 = errors;
                if (data81 !== null) {
                  const err133 = {};
                  if (vErrors === null) {
                    vErrors = [err133];
                  } else {
                    vErrors.push(err133);
                  }
                  errors++;
                }
                var _valid20 = _errs259 === errors;
                errors = _errs258;
                if (vErrors !== null) {
                  if (_errs258) {
                    vErrors.length = _errs258;
                  } else {
                    vErrors = null;
                  }
                }
                if (!_valid20) {
                  const _errs261 = errors;
                  if (!(data81 && typeof data81 == "object" && !Array.isArray(data81))) {
                    const err134 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/placement_group_config", schemaPath: "#/properties/llm_configs/items/then/properties/placement_group_config/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.placement_group_config.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.placement_group_config.else, data: data81 };
                    if (vErrors === null) {
                      vErrors = [err134];
                    } else {
                      vErrors.push(err134);
                    }
                    errors++;
                  }
                  var _valid20 = _errs261 === errors;
                  valid44 = _valid20;
                }
                if (!valid44) {
                  const err135 = { instancePath: instancePath2 + "/llm_configs/" + i0 + "/placement_group_config", schemaPath: "#/properties/llm_configs/items/then/properties/placement_group_config/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.placement_group_config.if, parentSchema: schema11.properties.llm_configs.items.then.properties.placement_group_config, data: data81 };
                  if (vErrors === null) {
                    vErrors = [err135];
                  } else {
                    vErrors.push(err135);
                  }
                  errors++;
                }
              }
            } else {
              const err136 = { instancePath: instancePath2 + "/llm_configs/" + i0, schemaPath: "#/properties/llm_configs/items/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.type, parentSchema: schema11.properties.llm_configs.items.then, data: data1 };
              if (vErrors === null) {
                vErrors = [err136];
              } else {
                vErrors.push(err136);
              }
              errors++;
            }
            var _valid0 = _errs8 === errors;
            valid3 = _valid0;
            ifClause0 = "then";
          } else {
            const _errs263 = errors;
            if (typeof data1 !== "string") {
              const err137 = { instancePath: instancePath2 + "/llm_configs/" + i0, schemaPath: "#/properties/llm_configs/items/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.else.type, parentSchema: schema11.properties.llm_configs.items.else, data: data1 };
              if (vErrors === null) {
                vErrors = [err137];
              } else {
                vErrors.push(err137);
              }
              errors++;
            }
            var _valid0 = _errs263 === errors;
            valid3 = _valid0;
            ifClause0 = "else";
          }
          if (!valid3) {
            const err138 = { instancePath: instancePath2 + "/llm_configs/" + i0, schemaPath: "#/properties/llm_configs/items/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema11.properties.llm_configs.items.if, parentSchema: schema11.properties.llm_configs.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err138];
            } else {
              vErrors.push(err138);
            }
            errors++;
          }
        }
      } else {
        const err139 = { instancePath: instancePath2 + "/llm_configs", schemaPath: "#/properties/llm_configs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.llm_configs.type, parentSchema: schema11.properties.llm_configs, data: data0 };
        if (vErrors === null) {
          vErrors = [err139];
        } else {
          vErrors.push(err139);
        }
        errors++;
      }
    }
    if (data.ingress_cls_config !== void 0) {
      let data82 = data.ingress_cls_config;
      if (!(data82 && typeof data82 == "object" && !Array.isArray(data82))) {
        const err140 = { instancePath: instancePath2 + "/ingress_cls_config", schemaPath: "#/properties/ingress_cls_config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.ingress_cls_config.type, parentSchema: schema11.properties.ingress_cls_config, data: data82 };
        if (vErrors === null) {
          vErrors = [err140];
        } else {
          vErrors.push(err140);
        }
        errors++;
      }
    }
    if (data.ingress_deployment_config !== void 0) {
      let data83 = data.ingress_deployment_config;
      if (!(data83 && typeof data83 == "object" && !Array.isArray(data83))) {
        const err141 = { instancePath: instancePath2 + "/ingress_deployment_config", schemaPath: "#/properties/ingress_deployment_config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.ingress_deployment_config.type, parentSchema: schema11.properties.ingress_deployment_config, data: data83 };
        if (vErrors === null) {
          vErrors = [err141];
        } else {
          vErrors.push(err141);
        }
        errors++;
      }
    }
  } else {
    const err142 = { instancePath: instancePath2, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err142];
    } else {
      vErrors.push(err142);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
});

// src/ray/schemas/generated/rayservice.ts
var schema112 = { "type": "object", "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": { "type": "string", "enum": ["ray.io/v1", "ray.io/v1alpha1"], "x-expect": 'one of "ray.io/v1", "ray.io/v1alpha1"' }, "kind": { "const": "RayService" }, "metadata": { "type": "object", "properties": { "name": { "type": "string", "x-expect": "a string" }, "namespace": { "type": "string", "x-expect": "a string" }, "labels": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" }, "annotations": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" } }, "required": ["name"] }, "spec": { "type": "object", "properties": { "serveConfigV2": { "type": "string", "x-expect": "a string (a YAML block: `serveConfigV2: |`)" }, "rayClusterConfig": { "type": "object", "properties": { "rayVersion": { "type": "string", "x-expect": "a string (quote it: '2.47.1')" }, "enableInTreeAutoscaling": { "type": "boolean", "x-expect": "true or false" }, "autoscalerOptions": { "type": "object", "properties": { "upscalingMode": { "type": "string", "enum": ["Default", "Aggressive", "Conservative"], "x-expect": 'one of "Default", "Aggressive", "Conservative"' }, "idleTimeoutSeconds": { "type": "integer", "x-expect": "an integer" }, "version": { "type": "string", "enum": ["v1", "v2"], "x-expect": 'one of "v1", "v2"' }, "image": { "type": "string", "x-expect": "a string" }, "imagePullPolicy": { "type": "string", "x-expect": "a string" }, "resources": { "type": "object", "properties": {}, "required": [] }, "env": { "type": "array", "items": { "type": "object", "properties": {}, "required": [] }, "x-expect": "a list" }, "envFrom": { "type": "array", "items": { "type": "object", "properties": {}, "required": [] }, "x-expect": "a list" }, "securityContext": { "type": "object", "properties": {}, "required": [] }, "volumeMounts": { "type": "array", "items": { "type": "object", "properties": {}, "required": [] }, "x-expect": "a list" }, "command": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" }, "args": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" } }, "required": [], "additionalProperties": false }, "headGroupSpec": { "type": "object", "properties": { "rayStartParams": { "type": "object", "additionalProperties": { "type": "string", "x-expect": 'a string (quote numbers: "1")' }, "x-expect": "a map of strings" }, "template": { "type": "object", "properties": { "metadata": { "type": "object", "properties": { "labels": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" }, "annotations": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" } }, "required": [] }, "spec": { "type": "object", "properties": {}, "required": [] } }, "required": [] }, "serviceType": { "type": "string", "x-expect": "a string" }, "headService": { "type": "object", "properties": {}, "required": [] }, "enableIngress": { "type": "boolean", "x-expect": "true or false" }, "ingressOptions": { "type": "object", "properties": {}, "required": [] }, "labels": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" }, "resources": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" } }, "required": ["template"], "additionalProperties": false }, "workerGroupSpecs": { "type": "array", "items": { "type": "object", "properties": { "groupName": { "type": "string", "x-expect": "a string" }, "replicas": { "type": "integer", "x-expect": "an integer" }, "minReplicas": { "type": "integer", "x-expect": "an integer" }, "maxReplicas": { "type": "integer", "x-expect": "an integer" }, "numOfHosts": { "type": "integer", "x-expect": "an integer" }, "rayStartParams": { "type": "object", "additionalProperties": { "type": "string", "x-expect": 'a string (quote numbers: "1")' }, "x-expect": "a map of strings" }, "template": { "type": "object", "properties": { "metadata": { "type": "object", "properties": { "labels": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" }, "annotations": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" } }, "required": [] }, "spec": { "type": "object", "properties": {}, "required": [] } }, "required": [] }, "idleTimeoutSeconds": { "type": "integer", "x-expect": "an integer" }, "priority": { "type": "integer", "x-expect": "an integer" }, "suspend": { "type": "boolean", "x-expect": "true or false" }, "scaleStrategy": { "type": "object", "properties": { "workersToDelete": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" } }, "required": [], "additionalProperties": false }, "labels": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" }, "resources": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" } }, "required": ["groupName", "template"], "additionalProperties": false }, "x-expect": "a list" }, "headServiceAnnotations": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" }, "gcsFaultToleranceOptions": { "type": "object", "properties": {}, "required": [] }, "authOptions": { "type": "object", "properties": {}, "required": [] }, "tlsOptions": { "type": "object", "properties": {}, "required": [], "x-kuberay-since": "1.7" }, "networkPolicy": { "type": "object", "properties": {}, "required": [], "x-kuberay-since": "1.7" }, "historyServerOptions": { "type": "object", "properties": {}, "required": [], "x-kuberay-since": "1.7" }, "managedBy": { "type": "string", "x-expect": "a string" }, "suspend": { "type": "boolean", "x-expect": "true or false" }, "upgradeStrategy": { "type": "object", "properties": {}, "required": [] } }, "required": ["headGroupSpec"], "additionalProperties": false }, "upgradeStrategy": { "type": "object", "properties": { "type": { "type": "string", "enum": ["NewCluster", "NewClusterWithIncrementalUpgrade", "None"], "x-expect": 'one of "NewCluster", "NewClusterWithIncrementalUpgrade", "None"' }, "clusterUpgradeOptions": { "type": "object", "properties": {}, "required": [] } }, "required": [], "additionalProperties": false }, "serviceUnhealthySecondThreshold": { "type": "integer", "x-expect": "an integer" }, "deploymentUnhealthySecondThreshold": { "type": "integer", "x-expect": "an integer" }, "excludeHeadPodFromServeSvc": { "type": "boolean", "x-expect": "true or false" }, "serveService": { "type": "object", "properties": {}, "required": [] }, "rayClusterDeletionDelaySeconds": { "type": "integer", "x-expect": "an integer" }, "managedBy": { "type": "string", "x-expect": "a string" }, "suspend": { "type": "boolean", "x-expect": "true or false" } }, "required": ["rayClusterConfig"], "additionalProperties": false }, "status": {} } };
var func22 = Object.prototype.hasOwnProperty;
var validate2 = (function validate102(data, { instancePath: instancePath2 = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath: instancePath2, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema112.required, parentSchema: schema112, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath: instancePath2, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema112.required, parentSchema: schema112, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath: instancePath2, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema112.required, parentSchema: schema112, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath: instancePath2, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema112.required, parentSchema: schema112, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath2 + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.apiVersion.type, parentSchema: schema112.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data0 === "ray.io/v1" || data0 === "ray.io/v1alpha1")) {
        const err5 = { instancePath: instancePath2 + "/apiVersion", schemaPath: "#/properties/apiVersion/enum", keyword: "enum", params: { allowedValues: schema112.properties.apiVersion.enum }, message: "must be equal to one of the allowed values", schema: schema112.properties.apiVersion.enum, parentSchema: schema112.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("RayService" !== data1) {
        const err6 = { instancePath: instancePath2 + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "RayService" }, message: "must be equal to constant", schema: "RayService", parentSchema: schema112.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          const err7 = { instancePath: instancePath2 + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema112.properties.metadata.required, parentSchema: schema112.properties.metadata, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 !== "string") {
            const err8 = { instancePath: instancePath2 + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.metadata.properties.name.type, parentSchema: schema112.properties.metadata.properties.name, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data2.namespace !== void 0) {
          let data4 = data2.namespace;
          if (typeof data4 !== "string") {
            const err9 = { instancePath: instancePath2 + "/metadata/namespace", schemaPath: "#/properties/metadata/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.metadata.properties.namespace.type, parentSchema: schema112.properties.metadata.properties.namespace, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.labels !== void 0) {
          let data5 = data2.labels;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key0 in data5) {
              let data6 = data5[key0];
              if (typeof data6 !== "string") {
                const err10 = { instancePath: instancePath2 + "/metadata/labels/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.metadata.properties.labels.additionalProperties.type, parentSchema: schema112.properties.metadata.properties.labels.additionalProperties, data: data6 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath2 + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.metadata.properties.labels.type, parentSchema: schema112.properties.metadata.properties.labels, data: data5 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data2.annotations !== void 0) {
          let data7 = data2.annotations;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key1 in data7) {
              let data8 = data7[key1];
              if (typeof data8 !== "string") {
                const err12 = { instancePath: instancePath2 + "/metadata/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.metadata.properties.annotations.additionalProperties.type, parentSchema: schema112.properties.metadata.properties.annotations.additionalProperties, data: data8 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath2 + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.metadata.properties.annotations.type, parentSchema: schema112.properties.metadata.properties.annotations, data: data7 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath2 + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.metadata.type, parentSchema: schema112.properties.metadata, data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data9 = data.spec;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.rayClusterConfig === void 0) {
          const err15 = { instancePath: instancePath2 + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "rayClusterConfig" }, message: "must have required property 'rayClusterConfig'", schema: schema112.properties.spec.required, parentSchema: schema112.properties.spec, data: data9 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        for (const key2 in data9) {
          if (!func22.call(schema112.properties.spec.properties, key2)) {
            const err16 = { instancePath: instancePath2 + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112.properties.spec, data: data9 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data9.serveConfigV2 !== void 0) {
          let data10 = data9.serveConfigV2;
          if (typeof data10 !== "string") {
            const err17 = { instancePath: instancePath2 + "/spec/serveConfigV2", schemaPath: "#/properties/spec/properties/serveConfigV2/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.serveConfigV2.type, parentSchema: schema112.properties.spec.properties.serveConfigV2, data: data10 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data9.rayClusterConfig !== void 0) {
          let data11 = data9.rayClusterConfig;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.headGroupSpec === void 0) {
              const err18 = { instancePath: instancePath2 + "/spec/rayClusterConfig", schemaPath: "#/properties/spec/properties/rayClusterConfig/required", keyword: "required", params: { missingProperty: "headGroupSpec" }, message: "must have required property 'headGroupSpec'", schema: schema112.properties.spec.properties.rayClusterConfig.required, parentSchema: schema112.properties.spec.properties.rayClusterConfig, data: data11 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            for (const key3 in data11) {
              if (!func22.call(schema112.properties.spec.properties.rayClusterConfig.properties, key3)) {
                const err19 = { instancePath: instancePath2 + "/spec/rayClusterConfig", schemaPath: "#/properties/spec/properties/rayClusterConfig/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112.properties.spec.properties.rayClusterConfig, data: data11 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data11.rayVersion !== void 0) {
              let data12 = data11.rayVersion;
              if (typeof data12 !== "string") {
                const err20 = { instancePath: instancePath2 + "/spec/rayClusterConfig/rayVersion", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/rayVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.rayClusterConfig.properties.rayVersion.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.rayVersion, data: data12 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data11.enableInTreeAutoscaling !== void 0) {
              let data13 = data11.enableInTreeAutoscaling;
              if (typeof data13 !== "boolean") {
                const err21 = { instancePath: instancePath2 + "/spec/rayClusterConfig/enableInTreeAutoscaling", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/enableInTreeAutoscaling/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema112.properties.spec.properties.rayClusterConfig.properties.enableInTreeAutoscaling.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.enableInTreeAutoscaling, data: data13 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data11.autoscalerOptions !== void 0) {
              let data14 = data11.autoscalerOptions;
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                for (const key4 in data14) {
                  if (!func22.call(schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties, key4)) {
                    const err22 = { instancePath: instancePath2 + "/spec/rayClusterConfig/autoscalerOptions", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
                if (data14.upscalingMode !== void 0) {
                  let data15 = data14.upscalingMode;
                  if (typeof data15 !== "string") {
                    const err23 = { instancePath: instancePath2 + "/spec/rayClusterConfig/autoscalerOptions/upscalingMode", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/upscalingMode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.upscalingMode.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.upscalingMode, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                  if (!(data15 === "Default" || data15 === "Aggressive" || data15 === "Conservative")) {
                    const err24 = { instancePath: instancePath2 + "/spec/rayClusterConfig/autoscalerOptions/upscalingMode", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/upscalingMode/enum", keyword: "enum", params: { allowedValues: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.upscalingMode.enum }, message: "must be equal to one of the allowed values", schema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.upscalingMode.enum, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.upscalingMode, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                if (data14.idleTimeoutSeconds !== void 0) {
                  let data16 = data14.idleTimeoutSeconds;
                  if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)))) {
                    const err25 = { instancePath: instancePath2 + "/spec/rayClusterConfig/autoscalerOptions/idleTimeoutSeconds", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/idleTimeoutSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.idleTimeoutSeconds.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.idleTimeoutSeconds, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data14.version !== void 0) {
                  let data17 = data14.version;
                  if (typeof data17 !== "string") {
                    const err26 = { instancePath: instancePath2 + "/spec/rayClusterConfig/autoscalerOptions/version", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.version.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.version, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                  if (!(data17 === "v1" || data17 === "v2")) {
                    const err27 = { instancePath: instancePath2 + "/spec/rayClusterConfig/autoscalerOptions/version", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/version/enum", keyword: "enum", params: { allowedValues: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.version.enum }, message: "must be equal to one of the allowed values", schema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.version.enum, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.version, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data14.image !== void 0) {
                  let data18 = data14.image;
                  if (typeof data18 !== "string") {
                    const err28 = { instancePath: instancePath2 + "/spec/rayClusterConfig/autoscalerOptions/image", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.image.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.image, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                if (data14.imagePullPolicy !== void 0) {
                  let data19 = data14.imagePullPolicy;
                  if (typeof data19 !== "string") {
                    const err29 = { instancePath: instancePath2 + "/spec/rayClusterConfig/autoscalerOptions/imagePullPolicy", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/imagePullPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.imagePullPolicy.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.imagePullPolicy, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data14.resources !== void 0) {
                  let data20 = data14.resources;
                  if (!(data20 && typeof data20 == "object" && !Array.isArray(data20))) {
                    const err30 = { instancePath: instancePath2 + "/spec/rayClusterConfig/autoscalerOptions/resources", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.resources.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.resources, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
                if (data14.env !== void 0) {
                  let data21 = data14.env;
                  if (Array.isArray(data21)) {
                    const len0 = data21.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data22 = data21[i0];
                      if (!(data22 && typeof data22 == "object" && !Array.isArray(data22))) {
                        const err31 = { instancePath: instancePath2 + "/spec/rayClusterConfig/autoscalerOptions/env/" + i0, schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/env/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.env.items.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.env.items, data: data22 };
                        if (vErrors === null) {
                          vErrors = [err31];
                        } else {
                          vErrors.push(err31);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err32 = { instancePath: instancePath2 + "/spec/rayClusterConfig/autoscalerOptions/env", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/env/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.env.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.env, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
                if (data14.envFrom !== void 0) {
                  let data23 = data14.envFrom;
                  if (Array.isArray(data23)) {
                    const len1 = data23.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data24 = data23[i1];
                      if (!(data24 && typeof data24 == "object" && !Array.isArray(data24))) {
                        const err33 = { instancePath: instancePath2 + "/spec/rayClusterConfig/autoscalerOptions/envFrom/" + i1, schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/envFrom/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.envFrom.items.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.envFrom.items, data: data24 };
                        if (vErrors === null) {
                          vErrors = [err33];
                        } else {
                          vErrors.push(err33);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err34 = { instancePath: instancePath2 + "/spec/rayClusterConfig/autoscalerOptions/envFrom", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/envFrom/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.envFrom.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.envFrom, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
                if (data14.securityContext !== void 0) {
                  let data25 = data14.securityContext;
                  if (!(data25 && typeof data25 == "object" && !Array.isArray(data25))) {
                    const err35 = { instancePath: instancePath2 + "/spec/rayClusterConfig/autoscalerOptions/securityContext", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/securityContext/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.securityContext.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.securityContext, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data14.volumeMounts !== void 0) {
                  let data26 = data14.volumeMounts;
                  if (Array.isArray(data26)) {
                    const len2 = data26.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      let data27 = data26[i2];
                      if (!(data27 && typeof data27 == "object" && !Array.isArray(data27))) {
                        const err36 = { instancePath: instancePath2 + "/spec/rayClusterConfig/autoscalerOptions/volumeMounts/" + i2, schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/volumeMounts/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.volumeMounts.items.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.volumeMounts.items, data: data27 };
                        if (vErrors === null) {
                          vErrors = [err36];
                        } else {
                          vErrors.push(err36);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err37 = { instancePath: instancePath2 + "/spec/rayClusterConfig/autoscalerOptions/volumeMounts", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/volumeMounts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.volumeMounts.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.volumeMounts, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
                if (data14.command !== void 0) {
                  let data28 = data14.command;
                  if (Array.isArray(data28)) {
                    const len3 = data28.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data29 = data28[i3];
                      if (typeof data29 !== "string") {
                        const err38 = { instancePath: instancePath2 + "/spec/rayClusterConfig/autoscalerOptions/command/" + i3, schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.command.items.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.command.items, data: data29 };
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err39 = { instancePath: instancePath2 + "/spec/rayClusterConfig/autoscalerOptions/command", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.command.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.command, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data14.args !== void 0) {
                  let data30 = data14.args;
                  if (Array.isArray(data30)) {
                    const len4 = data30.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      let data31 = data30[i4];
                      if (typeof data31 !== "string") {
                        const err40 = { instancePath: instancePath2 + "/spec/rayClusterConfig/autoscalerOptions/args/" + i4, schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.args.items.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.args.items, data: data31 };
                        if (vErrors === null) {
                          vErrors = [err40];
                        } else {
                          vErrors.push(err40);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err41 = { instancePath: instancePath2 + "/spec/rayClusterConfig/autoscalerOptions/args", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.args.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.args, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
              } else {
                const err42 = { instancePath: instancePath2 + "/spec/rayClusterConfig/autoscalerOptions", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions, data: data14 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data11.headGroupSpec !== void 0) {
              let data32 = data11.headGroupSpec;
              if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                if (data32.template === void 0) {
                  const err43 = { instancePath: instancePath2 + "/spec/rayClusterConfig/headGroupSpec", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/required", keyword: "required", params: { missingProperty: "template" }, message: "must have required property 'template'", schema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.required, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
                for (const key5 in data32) {
                  if (!(key5 === "rayStartParams" || key5 === "template" || key5 === "serviceType" || key5 === "headService" || key5 === "enableIngress" || key5 === "ingressOptions" || key5 === "labels" || key5 === "resources")) {
                    const err44 = { instancePath: instancePath2 + "/spec/rayClusterConfig/headGroupSpec", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
                if (data32.rayStartParams !== void 0) {
                  let data33 = data32.rayStartParams;
                  if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                    for (const key6 in data33) {
                      let data34 = data33[key6];
                      if (typeof data34 !== "string") {
                        const err45 = { instancePath: instancePath2 + "/spec/rayClusterConfig/headGroupSpec/rayStartParams/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/rayStartParams/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.rayStartParams.additionalProperties.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.rayStartParams.additionalProperties, data: data34 };
                        if (vErrors === null) {
                          vErrors = [err45];
                        } else {
                          vErrors.push(err45);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err46 = { instancePath: instancePath2 + "/spec/rayClusterConfig/headGroupSpec/rayStartParams", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/rayStartParams/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.rayStartParams.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.rayStartParams, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                if (data32.template !== void 0) {
                  let data35 = data32.template;
                  if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                    if (data35.metadata !== void 0) {
                      let data36 = data35.metadata;
                      if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                        if (data36.labels !== void 0) {
                          let data37 = data36.labels;
                          if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                            for (const key7 in data37) {
                              let data38 = data37[key7];
                              if (typeof data38 !== "string") {
                                const err47 = { instancePath: instancePath2 + "/spec/rayClusterConfig/headGroupSpec/template/metadata/labels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/template/properties/metadata/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template.properties.metadata.properties.labels.additionalProperties.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template.properties.metadata.properties.labels.additionalProperties, data: data38 };
                                if (vErrors === null) {
                                  vErrors = [err47];
                                } else {
                                  vErrors.push(err47);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err48 = { instancePath: instancePath2 + "/spec/rayClusterConfig/headGroupSpec/template/metadata/labels", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/template/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template.properties.metadata.properties.labels.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template.properties.metadata.properties.labels, data: data37 };
                            if (vErrors === null) {
                              vErrors = [err48];
                            } else {
                              vErrors.push(err48);
                            }
                            errors++;
                          }
                        }
                        if (data36.annotations !== void 0) {
                          let data39 = data36.annotations;
                          if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                            for (const key8 in data39) {
                              let data40 = data39[key8];
                              if (typeof data40 !== "string") {
                                const err49 = { instancePath: instancePath2 + "/spec/rayClusterConfig/headGroupSpec/template/metadata/annotations/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/template/properties/metadata/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template.properties.metadata.properties.annotations.additionalProperties.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template.properties.metadata.properties.annotations.additionalProperties, data: data40 };
                                if (vErrors === null) {
                                  vErrors = [err49];
                                } else {
                                  vErrors.push(err49);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err50 = { instancePath: instancePath2 + "/spec/rayClusterConfig/headGroupSpec/template/metadata/annotations", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/template/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template.properties.metadata.properties.annotations.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template.properties.metadata.properties.annotations, data: data39 };
                            if (vErrors === null) {
                              vErrors = [err50];
                            } else {
                              vErrors.push(err50);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err51 = { instancePath: instancePath2 + "/spec/rayClusterConfig/headGroupSpec/template/metadata", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/template/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template.properties.metadata.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template.properties.metadata, data: data36 };
                        if (vErrors === null) {
                          vErrors = [err51];
                        } else {
                          vErrors.push(err51);
                        }
                        errors++;
                      }
                    }
                    if (data35.spec !== void 0) {
                      let data41 = data35.spec;
                      if (!(data41 && typeof data41 == "object" && !Array.isArray(data41))) {
                        const err52 = { instancePath: instancePath2 + "/spec/rayClusterConfig/headGroupSpec/template/spec", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/template/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template.properties.spec.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template.properties.spec, data: data41 };
                        if (vErrors === null) {
                          vErrors = [err52];
                        } else {
                          vErrors.push(err52);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err53 = { instancePath: instancePath2 + "/spec/rayClusterConfig/headGroupSpec/template", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/template/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
                if (data32.serviceType !== void 0) {
                  let data42 = data32.serviceType;
                  if (typeof data42 !== "string") {
                    const err54 = { instancePath: instancePath2 + "/spec/rayClusterConfig/headGroupSpec/serviceType", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/serviceType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.serviceType.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.serviceType, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
                if (data32.headService !== void 0) {
                  let data43 = data32.headService;
                  if (!(data43 && typeof data43 == "object" && !Array.isArray(data43))) {
                    const err55 = { instancePath: instancePath2 + "/spec/rayClusterConfig/headGroupSpec/headService", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/headService/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.headService.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.headService, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
                if (data32.enableIngress !== void 0) {
                  let data44 = data32.enableIngress;
                  if (typeof data44 !== "boolean") {
                    const err56 = { instancePath: instancePath2 + "/spec/rayClusterConfig/headGroupSpec/enableIngress", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/enableIngress/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.enableIngress.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.enableIngress, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
                if (data32.ingressOptions !== void 0) {
                  let data45 = data32.ingressOptions;
                  if (!(data45 && typeof data45 == "object" && !Array.isArray(data45))) {
                    const err57 = { instancePath: instancePath2 + "/spec/rayClusterConfig/headGroupSpec/ingressOptions", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/ingressOptions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.ingressOptions.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.ingressOptions, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
                if (data32.labels !== void 0) {
                  let data46 = data32.labels;
                  if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                    for (const key9 in data46) {
                      let data47 = data46[key9];
                      if (typeof data47 !== "string") {
                        const err58 = { instancePath: instancePath2 + "/spec/rayClusterConfig/headGroupSpec/labels/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.labels.additionalProperties.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.labels.additionalProperties, data: data47 };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err59 = { instancePath: instancePath2 + "/spec/rayClusterConfig/headGroupSpec/labels", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.labels.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.labels, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
                if (data32.resources !== void 0) {
                  let data48 = data32.resources;
                  if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                    for (const key10 in data48) {
                      let data49 = data48[key10];
                      if (typeof data49 !== "string") {
                        const err60 = { instancePath: instancePath2 + "/spec/rayClusterConfig/headGroupSpec/resources/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/resources/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.resources.additionalProperties.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.resources.additionalProperties, data: data49 };
                        if (vErrors === null) {
                          vErrors = [err60];
                        } else {
                          vErrors.push(err60);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err61 = { instancePath: instancePath2 + "/spec/rayClusterConfig/headGroupSpec/resources", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.resources.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.resources, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                }
              } else {
                const err62 = { instancePath: instancePath2 + "/spec/rayClusterConfig/headGroupSpec", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.headGroupSpec, data: data32 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data11.workerGroupSpecs !== void 0) {
              let data50 = data11.workerGroupSpecs;
              if (Array.isArray(data50)) {
                const len5 = data50.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data51 = data50[i5];
                  if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                    if (data51.groupName === void 0) {
                      const err63 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5, schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/required", keyword: "required", params: { missingProperty: "groupName" }, message: "must have required property 'groupName'", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.required, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items, data: data51 };
                      if (vErrors === null) {
                        vErrors = [err63];
                      } else {
                        vErrors.push(err63);
                      }
                      errors++;
                    }
                    if (data51.template === void 0) {
                      const err64 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5, schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/required", keyword: "required", params: { missingProperty: "template" }, message: "must have required property 'template'", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.required, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items, data: data51 };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                    }
                    for (const key11 in data51) {
                      if (!func22.call(schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties, key11)) {
                        const err65 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5, schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items, data: data51 };
                        if (vErrors === null) {
                          vErrors = [err65];
                        } else {
                          vErrors.push(err65);
                        }
                        errors++;
                      }
                    }
                    if (data51.groupName !== void 0) {
                      let data52 = data51.groupName;
                      if (typeof data52 !== "string") {
                        const err66 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/groupName", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/groupName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.groupName.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.groupName, data: data52 };
                        if (vErrors === null) {
                          vErrors = [err66];
                        } else {
                          vErrors.push(err66);
                        }
                        errors++;
                      }
                    }
                    if (data51.replicas !== void 0) {
                      let data53 = data51.replicas;
                      if (!(typeof data53 == "number" && (!(data53 % 1) && !isNaN(data53)))) {
                        const err67 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/replicas", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.replicas.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.replicas, data: data53 };
                        if (vErrors === null) {
                          vErrors = [err67];
                        } else {
                          vErrors.push(err67);
                        }
                        errors++;
                      }
                    }
                    if (data51.minReplicas !== void 0) {
                      let data54 = data51.minReplicas;
                      if (!(typeof data54 == "number" && (!(data54 % 1) && !isNaN(data54)))) {
                        const err68 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/minReplicas", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/minReplicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.minReplicas.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.minReplicas, data: data54 };
                        if (vErrors === null) {
                          vErrors = [err68];
                        } else {
                          vErrors.push(err68);
                        }
                        errors++;
                      }
                    }
                    if (data51.maxReplicas !== void 0) {
                      let data55 = data51.maxReplicas;
                      if (!(typeof data55 == "number" && (!(data55 % 1) && !isNaN(data55)))) {
                        const err69 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/maxReplicas", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/maxReplicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.maxReplicas.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.maxReplicas, data: data55 };
                        if (vErrors === null) {
                          vErrors = [err69];
                        } else {
                          vErrors.push(err69);
                        }
                        errors++;
                      }
                    }
                    if (data51.numOfHosts !== void 0) {
                      let data56 = data51.numOfHosts;
                      if (!(typeof data56 == "number" && (!(data56 % 1) && !isNaN(data56)))) {
                        const err70 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/numOfHosts", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/numOfHosts/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.numOfHosts.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.numOfHosts, data: data56 };
                        if (vErrors === null) {
                          vErrors = [err70];
                        } else {
                          vErrors.push(err70);
                        }
                        errors++;
                      }
                    }
                    if (data51.rayStartParams !== void 0) {
                      let data57 = data51.rayStartParams;
                      if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                        for (const key12 in data57) {
                          let data58 = data57[key12];
                          if (typeof data58 !== "string") {
                            const err71 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/rayStartParams/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/rayStartParams/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.rayStartParams.additionalProperties.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.rayStartParams.additionalProperties, data: data58 };
                            if (vErrors === null) {
                              vErrors = [err71];
                            } else {
                              vErrors.push(err71);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err72 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/rayStartParams", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/rayStartParams/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.rayStartParams.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.rayStartParams, data: data57 };
                        if (vErrors === null) {
                          vErrors = [err72];
                        } else {
                          vErrors.push(err72);
                        }
                        errors++;
                      }
                    }
                    if (data51.template !== void 0) {
                      let data59 = data51.template;
                      if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
                        if (data59.metadata !== void 0) {
                          let data60 = data59.metadata;
                          if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                            if (data60.labels !== void 0) {
                              let data61 = data60.labels;
                              if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
                                for (const key13 in data61) {
                                  let data62 = data61[key13];
                                  if (typeof data62 !== "string") {
                                    const err73 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/template/metadata/labels/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/template/properties/metadata/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template.properties.metadata.properties.labels.additionalProperties.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template.properties.metadata.properties.labels.additionalProperties, data: data62 };
                                    if (vErrors === null) {
                                      vErrors = [err73];
                                    } else {
                                      vErrors.push(err73);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err74 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/template/metadata/labels", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/template/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template.properties.metadata.properties.labels.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template.properties.metadata.properties.labels, data: data61 };
                                if (vErrors === null) {
                                  vErrors = [err74];
                                } else {
                                  vErrors.push(err74);
                                }
                                errors++;
                              }
                            }
                            if (data60.annotations !== void 0) {
                              let data63 = data60.annotations;
                              if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                                for (const key14 in data63) {
                                  let data64 = data63[key14];
                                  if (typeof data64 !== "string") {
                                    const err75 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/template/metadata/annotations/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/template/properties/metadata/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template.properties.metadata.properties.annotations.additionalProperties.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template.properties.metadata.properties.annotations.additionalProperties, data: data64 };
                                    if (vErrors === null) {
                                      vErrors = [err75];
                                    } else {
                                      vErrors.push(err75);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err76 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/template/metadata/annotations", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/template/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template.properties.metadata.properties.annotations.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template.properties.metadata.properties.annotations, data: data63 };
                                if (vErrors === null) {
                                  vErrors = [err76];
                                } else {
                                  vErrors.push(err76);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err77 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/template/metadata", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/template/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template.properties.metadata.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template.properties.metadata, data: data60 };
                            if (vErrors === null) {
                              vErrors = [err77];
                            } else {
                              vErrors.push(err77);
                            }
                            errors++;
                          }
                        }
                        if (data59.spec !== void 0) {
                          let data65 = data59.spec;
                          if (!(data65 && typeof data65 == "object" && !Array.isArray(data65))) {
                            const err78 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/template/spec", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/template/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template.properties.spec.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template.properties.spec, data: data65 };
                            if (vErrors === null) {
                              vErrors = [err78];
                            } else {
                              vErrors.push(err78);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err79 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/template", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/template/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template, data: data59 };
                        if (vErrors === null) {
                          vErrors = [err79];
                        } else {
                          vErrors.push(err79);
                        }
                        errors++;
                      }
                    }
                    if (data51.idleTimeoutSeconds !== void 0) {
                      let data66 = data51.idleTimeoutSeconds;
                      if (!(typeof data66 == "number" && (!(data66 % 1) && !isNaN(data66)))) {
                        const err80 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/idleTimeoutSeconds", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/idleTimeoutSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.idleTimeoutSeconds.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.idleTimeoutSeconds, data: data66 };
                        if (vErrors === null) {
                          vErrors = [err80];
                        } else {
                          vErrors.push(err80);
                        }
                        errors++;
                      }
                    }
                    if (data51.priority !== void 0) {
                      let data67 = data51.priority;
                      if (!(typeof data67 == "number" && (!(data67 % 1) && !isNaN(data67)))) {
                        const err81 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/priority", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/priority/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.priority.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.priority, data: data67 };
                        if (vErrors === null) {
                          vErrors = [err81];
                        } else {
                          vErrors.push(err81);
                        }
                        errors++;
                      }
                    }
                    if (data51.suspend !== void 0) {
                      let data68 = data51.suspend;
                      if (typeof data68 !== "boolean") {
                        const err82 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/suspend", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/suspend/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.suspend.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.suspend, data: data68 };
                        if (vErrors === null) {
                          vErrors = [err82];
                        } else {
                          vErrors.push(err82);
                        }
                        errors++;
                      }
                    }
                    if (data51.scaleStrategy !== void 0) {
                      let data69 = data51.scaleStrategy;
                      if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                        for (const key15 in data69) {
                          if (!(key15 === "workersToDelete")) {
                            const err83 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/scaleStrategy", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/scaleStrategy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.scaleStrategy, data: data69 };
                            if (vErrors === null) {
                              vErrors = [err83];
                            } else {
                              vErrors.push(err83);
                            }
                            errors++;
                          }
                        }
                        if (data69.workersToDelete !== void 0) {
                          let data70 = data69.workersToDelete;
                          if (Array.isArray(data70)) {
                            const len6 = data70.length;
                            for (let i6 = 0; i6 < len6; i6++) {
                              let data71 = data70[i6];
                              if (typeof data71 !== "string") {
                                const err84 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/scaleStrategy/workersToDelete/" + i6, schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/scaleStrategy/properties/workersToDelete/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.scaleStrategy.properties.workersToDelete.items.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.scaleStrategy.properties.workersToDelete.items, data: data71 };
                                if (vErrors === null) {
                                  vErrors = [err84];
                                } else {
                                  vErrors.push(err84);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err85 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/scaleStrategy/workersToDelete", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/scaleStrategy/properties/workersToDelete/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.scaleStrategy.properties.workersToDelete.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.scaleStrategy.properties.workersToDelete, data: data70 };
                            if (vErrors === null) {
                              vErrors = [err85];
                            } else {
                              vErrors.push(err85);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err86 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/scaleStrategy", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/scaleStrategy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.scaleStrategy.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.scaleStrategy, data: data69 };
                        if (vErrors === null) {
                          vErrors = [err86];
                        } else {
                          vErrors.push(err86);
                        }
                        errors++;
                      }
                    }
                    if (data51.labels !== void 0) {
                      let data72 = data51.labels;
                      if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
                        for (const key16 in data72) {
                          let data73 = data72[key16];
                          if (typeof data73 !== "string") {
                            const err87 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/labels/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.labels.additionalProperties.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.labels.additionalProperties, data: data73 };
                            if (vErrors === null) {
                              vErrors = [err87];
                            } else {
                              vErrors.push(err87);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err88 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/labels", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.labels.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.labels, data: data72 };
                        if (vErrors === null) {
                          vErrors = [err88];
                        } else {
                          vErrors.push(err88);
                        }
                        errors++;
                      }
                    }
                    if (data51.resources !== void 0) {
                      let data74 = data51.resources;
                      if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
                        for (const key17 in data74) {
                          let data75 = data74[key17];
                          if (typeof data75 !== "string") {
                            const err89 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/resources/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/resources/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.resources.additionalProperties.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.resources.additionalProperties, data: data75 };
                            if (vErrors === null) {
                              vErrors = [err89];
                            } else {
                              vErrors.push(err89);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err90 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/resources", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.resources.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.resources, data: data74 };
                        if (vErrors === null) {
                          vErrors = [err90];
                        } else {
                          vErrors.push(err90);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err91 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs/" + i5, schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                }
              } else {
                const err92 = { instancePath: instancePath2 + "/spec/rayClusterConfig/workerGroupSpecs", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs, data: data50 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            if (data11.headServiceAnnotations !== void 0) {
              let data76 = data11.headServiceAnnotations;
              if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
                for (const key18 in data76) {
                  let data77 = data76[key18];
                  if (typeof data77 !== "string") {
                    const err93 = { instancePath: instancePath2 + "/spec/rayClusterConfig/headServiceAnnotations/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headServiceAnnotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.rayClusterConfig.properties.headServiceAnnotations.additionalProperties.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.headServiceAnnotations.additionalProperties, data: data77 };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                }
              } else {
                const err94 = { instancePath: instancePath2 + "/spec/rayClusterConfig/headServiceAnnotations", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headServiceAnnotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.headServiceAnnotations.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.headServiceAnnotations, data: data76 };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
            if (data11.gcsFaultToleranceOptions !== void 0) {
              let data78 = data11.gcsFaultToleranceOptions;
              if (!(data78 && typeof data78 == "object" && !Array.isArray(data78))) {
                const err95 = { instancePath: instancePath2 + "/spec/rayClusterConfig/gcsFaultToleranceOptions", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/gcsFaultToleranceOptions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.gcsFaultToleranceOptions.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.gcsFaultToleranceOptions, data: data78 };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
            if (data11.authOptions !== void 0) {
              let data79 = data11.authOptions;
              if (!(data79 && typeof data79 == "object" && !Array.isArray(data79))) {
                const err96 = { instancePath: instancePath2 + "/spec/rayClusterConfig/authOptions", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/authOptions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.authOptions.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.authOptions, data: data79 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
            if (data11.tlsOptions !== void 0) {
              let data80 = data11.tlsOptions;
              if (!(data80 && typeof data80 == "object" && !Array.isArray(data80))) {
                const err97 = { instancePath: instancePath2 + "/spec/rayClusterConfig/tlsOptions", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/tlsOptions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.tlsOptions.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.tlsOptions, data: data80 };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
            if (data11.networkPolicy !== void 0) {
              let data81 = data11.networkPolicy;
              if (!(data81 && typeof data81 == "object" && !Array.isArray(data81))) {
                const err98 = { instancePath: instancePath2 + "/spec/rayClusterConfig/networkPolicy", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/networkPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.networkPolicy.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.networkPolicy, data: data81 };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
            if (data11.historyServerOptions !== void 0) {
              let data82 = data11.historyServerOptions;
              if (!(data82 && typeof data82 == "object" && !Array.isArray(data82))) {
                const err99 = { instancePath: instancePath2 + "/spec/rayClusterConfig/historyServerOptions", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/historyServerOptions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.historyServerOptions.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.historyServerOptions, data: data82 };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
            if (data11.managedBy !== void 0) {
              let data83 = data11.managedBy;
              if (typeof data83 !== "string") {
                const err100 = { instancePath: instancePath2 + "/spec/rayClusterConfig/managedBy", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/managedBy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.rayClusterConfig.properties.managedBy.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.managedBy, data: data83 };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
            }
            if (data11.suspend !== void 0) {
              let data84 = data11.suspend;
              if (typeof data84 !== "boolean") {
                const err101 = { instancePath: instancePath2 + "/spec/rayClusterConfig/suspend", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/suspend/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema112.properties.spec.properties.rayClusterConfig.properties.suspend.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.suspend, data: data84 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            if (data11.upgradeStrategy !== void 0) {
              let data85 = data11.upgradeStrategy;
              if (!(data85 && typeof data85 == "object" && !Array.isArray(data85))) {
                const err102 = { instancePath: instancePath2 + "/spec/rayClusterConfig/upgradeStrategy", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/upgradeStrategy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.properties.upgradeStrategy.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig.properties.upgradeStrategy, data: data85 };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
            }
          } else {
            const err103 = { instancePath: instancePath2 + "/spec/rayClusterConfig", schemaPath: "#/properties/spec/properties/rayClusterConfig/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.rayClusterConfig.type, parentSchema: schema112.properties.spec.properties.rayClusterConfig, data: data11 };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
        if (data9.upgradeStrategy !== void 0) {
          let data86 = data9.upgradeStrategy;
          if (data86 && typeof data86 == "object" && !Array.isArray(data86)) {
            for (const key19 in data86) {
              if (!(key19 === "type" || key19 === "clusterUpgradeOptions")) {
                const err104 = { instancePath: instancePath2 + "/spec/upgradeStrategy", schemaPath: "#/properties/spec/properties/upgradeStrategy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112.properties.spec.properties.upgradeStrategy, data: data86 };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
            if (data86.type !== void 0) {
              let data87 = data86.type;
              if (typeof data87 !== "string") {
                const err105 = { instancePath: instancePath2 + "/spec/upgradeStrategy/type", schemaPath: "#/properties/spec/properties/upgradeStrategy/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.upgradeStrategy.properties.type.type, parentSchema: schema112.properties.spec.properties.upgradeStrategy.properties.type, data: data87 };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
              if (!(data87 === "NewCluster" || data87 === "NewClusterWithIncrementalUpgrade" || data87 === "None")) {
                const err106 = { instancePath: instancePath2 + "/spec/upgradeStrategy/type", schemaPath: "#/properties/spec/properties/upgradeStrategy/properties/type/enum", keyword: "enum", params: { allowedValues: schema112.properties.spec.properties.upgradeStrategy.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema112.properties.spec.properties.upgradeStrategy.properties.type.enum, parentSchema: schema112.properties.spec.properties.upgradeStrategy.properties.type, data: data87 };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
            }
            if (data86.clusterUpgradeOptions !== void 0) {
              let data88 = data86.clusterUpgradeOptions;
              if (!(data88 && typeof data88 == "object" && !Array.isArray(data88))) {
                const err107 = { instancePath: instancePath2 + "/spec/upgradeStrategy/clusterUpgradeOptions", schemaPath: "#/properties/spec/properties/upgradeStrategy/properties/clusterUpgradeOptions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.upgradeStrategy.properties.clusterUpgradeOptions.type, parentSchema: schema112.properties.spec.properties.upgradeStrategy.properties.clusterUpgradeOptions, data: data88 };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
          } else {
            const err108 = { instancePath: instancePath2 + "/spec/upgradeStrategy", schemaPath: "#/properties/spec/properties/upgradeStrategy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.upgradeStrategy.type, parentSchema: schema112.properties.spec.properties.upgradeStrategy, data: data86 };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
        }
        if (data9.serviceUnhealthySecondThreshold !== void 0) {
          let data89 = data9.serviceUnhealthySecondThreshold;
          if (!(typeof data89 == "number" && (!(data89 % 1) && !isNaN(data89)))) {
            const err109 = { instancePath: instancePath2 + "/spec/serviceUnhealthySecondThreshold", schemaPath: "#/properties/spec/properties/serviceUnhealthySecondThreshold/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema112.properties.spec.properties.serviceUnhealthySecondThreshold.type, parentSchema: schema112.properties.spec.properties.serviceUnhealthySecondThreshold, data: data89 };
            if (vErrors === null) {
              vErrors = [err109];
            } else {
              vErrors.push(err109);
            }
            errors++;
          }
        }
        if (data9.deploymentUnhealthySecondThreshold !== void 0) {
          let data90 = data9.deploymentUnhealthySecondThreshold;
          if (!(typeof data90 == "number" && (!(data90 % 1) && !isNaN(data90)))) {
            const err110 = { instancePath: instancePath2 + "/spec/deploymentUnhealthySecondThreshold", schemaPath: "#/properties/spec/properties/deploymentUnhealthySecondThreshold/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema112.properties.spec.properties.deploymentUnhealthySecondThreshold.type, parentSchema: schema112.properties.spec.properties.deploymentUnhealthySecondThreshold, data: data90 };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          }
        }
        if (data9.excludeHeadPodFromServeSvc !== void 0) {
          let data91 = data9.excludeHeadPodFromServeSvc;
          if (typeof data91 !== "boolean") {
            const err111 = { instancePath: instancePath2 + "/spec/excludeHeadPodFromServeSvc", schemaPath: "#/properties/spec/properties/excludeHeadPodFromServeSvc/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema112.properties.spec.properties.excludeHeadPodFromServeSvc.type, parentSchema: schema112.properties.spec.properties.excludeHeadPodFromServeSvc, data: data91 };
            if (vErrors === null) {
              vErrors = [err111];
            } else {
              vErrors.push(err111);
            }
            errors++;
          }
        }
        if (data9.serveService !== void 0) {
          let data92 = data9.serveService;
          if (!(data92 && typeof data92 == "object" && !Array.isArray(data92))) {
            const err112 = { instancePath: instancePath2 + "/spec/serveService", schemaPath: "#/properties/spec/properties/serveService/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.serveService.type, parentSchema: schema112.properties.spec.properties.serveService, data: data92 };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
        }
        if (data9.rayClusterDeletionDelaySeconds !== void 0) {
          let data93 = data9.rayClusterDeletionDelaySeconds;
          if (!(typeof data93 == "number" && (!(data93 % 1) && !isNaN(data93)))) {
            const err113 = { instancePath: instancePath2 + "/spec/rayClusterDeletionDelaySeconds", schemaPath: "#/properties/spec/properties/rayClusterDeletionDelaySeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema112.properties.spec.properties.rayClusterDeletionDelaySeconds.type, parentSchema: schema112.properties.spec.properties.rayClusterDeletionDelaySeconds, data: data93 };
            if (vErrors === null) {
              vErrors = [err113];
            } else {
              vErrors.push(err113);
            }
            errors++;
          }
        }
        if (data9.managedBy !== void 0) {
          let data94 = data9.managedBy;
          if (typeof data94 !== "string") {
            const err114 = { instancePath: instancePath2 + "/spec/managedBy", schemaPath: "#/properties/spec/properties/managedBy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.managedBy.type, parentSchema: schema112.properties.spec.properties.managedBy, data: data94 };
            if (vErrors === null) {
              vErrors = [err114];
            } else {
              vErrors.push(err114);
            }
            errors++;
          }
        }
        if (data9.suspend !== void 0) {
          let data95 = data9.suspend;
          if (typeof data95 !== "boolean") {
            const err115 = { instancePath: instancePath2 + "/spec/suspend", schemaPath: "#/properties/spec/properties/suspend/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema112.properties.spec.properties.suspend.type, parentSchema: schema112.properties.spec.properties.suspend, data: data95 };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
        }
      } else {
        const err116 = { instancePath: instancePath2 + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.type, parentSchema: schema112.properties.spec, data: data9 };
        if (vErrors === null) {
          vErrors = [err116];
        } else {
          vErrors.push(err116);
        }
        errors++;
      }
    }
  } else {
    const err117 = { instancePath: instancePath2, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.type, parentSchema: schema112, data };
    if (vErrors === null) {
      vErrors = [err117];
    } else {
      vErrors.push(err117);
    }
    errors++;
  }
  validate102.errors = vErrors;
  return errors === 0;
});

// src/ray/schemas/generated/serve-config.ts
var schema113 = { "type": "object", "properties": { "proxy_location": { "type": "string", "enum": ["Disabled", "HeadOnly", "EveryNode", "NoServer"], "x-expect": 'one of "Disabled", "HeadOnly", "EveryNode", "NoServer"' }, "http_options": { "type": "object", "properties": { "host": { "type": "string", "x-expect": "a string" }, "port": { "type": "integer", "x-expect": "an integer" }, "root_path": { "type": "string", "x-expect": "a string" }, "request_timeout_s": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" }, "keep_alive_timeout_s": { "type": "number", "x-expect": "a number" }, "ssl_keyfile": { "if": { "type": "null" }, "then": true, "else": { "type": "string", "x-expect": "a string" }, "x-expect": "a string or null" }, "ssl_certfile": { "if": { "type": "null" }, "then": true, "else": { "type": "string", "x-expect": "a string" }, "x-expect": "a string or null" }, "ssl_keyfile_password": { "if": { "type": "null" }, "then": true, "else": { "type": "string", "x-expect": "a string" }, "x-expect": "a string or null" }, "ssl_ca_certs": { "if": { "type": "null" }, "then": true, "else": { "type": "string", "x-expect": "a string" }, "x-expect": "a string or null" }, "middlewares": {}, "location": { "type": "string", "x-expect": "a string" } }, "required": [], "additionalProperties": false }, "grpc_options": { "type": "object", "properties": { "port": { "type": "integer", "x-expect": "an integer" }, "grpc_servicer_functions": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" }, "request_timeout_s": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" } }, "required": [], "additionalProperties": false }, "logging_config": { "type": "object", "properties": { "encoding": { "type": "string", "enum": ["TEXT", "JSON"], "x-expect": 'one of "TEXT", "JSON"' }, "log_level": { "anyOf": [{ "type": "string" }, { "type": "integer" }], "x-expect": "a log level name or number" }, "logs_dir": { "if": { "type": "null" }, "then": true, "else": { "type": "string", "x-expect": "a string" }, "x-expect": "a string or null" }, "enable_access_log": { "type": "boolean", "x-expect": "true or false" }, "additional_log_standard_attrs": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" } }, "required": [], "additionalProperties": false }, "applications": { "type": "array", "items": { "type": "object", "properties": { "name": { "type": "string", "x-expect": "a string" }, "route_prefix": { "if": { "type": "null" }, "then": true, "else": { "type": "string", "x-expect": "a string" }, "x-expect": "a string or null" }, "import_path": { "type": "string", "x-expect": "a string" }, "runtime_env": { "type": "object", "properties": { "env_vars": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" }, "working_dir": { "type": "string", "x-expect": "a string" }, "py_modules": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" }, "pip": {}, "uv": {}, "conda": {}, "config": { "type": "object", "properties": {}, "required": [] } }, "required": [] }, "host": { "type": "string", "x-expect": "a string" }, "port": { "type": "integer", "x-expect": "an integer" }, "deployments": { "type": "array", "items": { "type": "object", "properties": { "name": { "type": "string", "x-expect": "a string" }, "num_replicas": { "anyOf": [{ "type": "integer" }, { "const": "auto" }, { "type": "null" }], "x-expect": 'an integer \u2265 1 or "auto"' }, "max_ongoing_requests": { "type": "number", "x-expect": "a number" }, "max_queued_requests": { "type": "integer", "x-expect": "an integer" }, "user_config": {}, "autoscaling_config": { "if": { "type": "null" }, "then": true, "else": { "type": "object", "properties": { "min_replicas": { "type": "integer", "x-expect": "an integer" }, "initial_replicas": { "if": { "type": "null" }, "then": true, "else": { "type": "integer", "x-expect": "an integer" }, "x-expect": "an integer or null" }, "max_replicas": { "type": "integer", "x-expect": "an integer" }, "target_ongoing_requests": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" }, "metrics_interval_s": { "type": "number", "x-expect": "a number" }, "look_back_period_s": { "type": "number", "x-expect": "a number" }, "smoothing_factor": { "type": "number", "x-expect": "a number" }, "upscale_smoothing_factor": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" }, "downscale_smoothing_factor": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" }, "upscaling_factor": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" }, "downscaling_factor": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" }, "downscale_delay_s": { "type": "number", "x-expect": "a number" }, "downscale_to_zero_delay_s": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" }, "upscale_delay_s": { "type": "number", "x-expect": "a number" }, "aggregation_function": { "type": "string", "enum": ["mean", "max", "min", "MEAN", "MAX", "MIN"], "x-expect": 'one of "mean", "max", "min", "MEAN", "MAX", "MIN"' }, "policy": {}, "prometheus_metrics": { "if": { "type": "null" }, "then": true, "else": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" }, "x-expect": "a list or null" }, "target_num_ongoing_requests_per_replica": { "type": "number", "x-expect": "a number" } }, "required": [], "additionalProperties": false }, "x-expect": "a value of type object or null" }, "graceful_shutdown_wait_loop_s": { "type": "number", "x-expect": "a number" }, "graceful_shutdown_timeout_s": { "type": "number", "x-expect": "a number" }, "health_check_period_s": { "type": "number", "x-expect": "a number" }, "health_check_timeout_s": { "type": "number", "x-expect": "a number" }, "ray_actor_options": { "type": "object", "properties": { "runtime_env": { "type": "object", "properties": { "env_vars": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" }, "working_dir": { "type": "string", "x-expect": "a string" }, "py_modules": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" }, "pip": {}, "uv": {}, "conda": {}, "config": { "type": "object", "properties": {}, "required": [] } }, "required": [] }, "num_cpus": { "type": "number", "x-expect": "a number" }, "num_gpus": { "type": "number", "x-expect": "a number" }, "memory": { "type": "number", "x-expect": "a number" }, "object_store_memory": { "type": "number", "x-expect": "a number" }, "resources": { "type": "object", "properties": {}, "required": [] }, "accelerator_type": { "type": "string", "x-expect": "a string" }, "label_selector": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" } }, "required": [], "additionalProperties": false }, "logging_config": { "type": "object", "properties": { "encoding": { "type": "string", "enum": ["TEXT", "JSON"], "x-expect": 'one of "TEXT", "JSON"' }, "log_level": { "anyOf": [{ "type": "string" }, { "type": "integer" }], "x-expect": "a log level name or number" }, "logs_dir": { "if": { "type": "null" }, "then": true, "else": { "type": "string", "x-expect": "a string" }, "x-expect": "a string or null" }, "enable_access_log": { "type": "boolean", "x-expect": "true or false" }, "additional_log_standard_attrs": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" } }, "required": [], "additionalProperties": false }, "request_router_config": { "type": "object", "properties": {}, "required": [] }, "max_constructor_retry_count": { "type": "integer", "x-expect": "an integer" }, "max_concurrent_queries": { "type": "number", "x-expect": "a number" }, "placement_group_bundles": { "type": "array", "items": { "type": "object", "properties": {}, "required": [] }, "x-expect": "a list" }, "placement_group_strategy": { "type": "string", "enum": ["PACK", "SPREAD", "STRICT_PACK", "STRICT_SPREAD"], "x-expect": 'one of "PACK", "SPREAD", "STRICT_PACK", "STRICT_SPREAD"' }, "max_replicas_per_node": { "type": "integer", "x-expect": "an integer" }, "route_prefix": { "if": { "type": "null" }, "then": true, "else": { "type": "string", "x-expect": "a string" }, "x-expect": "a string or null" } }, "required": ["name"], "additionalProperties": false }, "x-expect": "a list" }, "args": { "type": "object", "properties": {}, "required": [] }, "logging_config": { "type": "object", "properties": { "encoding": { "type": "string", "enum": ["TEXT", "JSON"], "x-expect": 'one of "TEXT", "JSON"' }, "log_level": { "anyOf": [{ "type": "string" }, { "type": "integer" }], "x-expect": "a log level name or number" }, "logs_dir": { "if": { "type": "null" }, "then": true, "else": { "type": "string", "x-expect": "a string" }, "x-expect": "a string or null" }, "enable_access_log": { "type": "boolean", "x-expect": "true or false" }, "additional_log_standard_attrs": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" } }, "required": [], "additionalProperties": false }, "external_scaler_enabled": { "type": "boolean", "x-expect": "true or false" }, "autoscaling_policy": {} }, "required": ["import_path"], "additionalProperties": false }, "x-expect": "a list" }, "target_capacity": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" } }, "required": ["applications"], "additionalProperties": false };
var func23 = Object.prototype.hasOwnProperty;
var validate3 = (function validate103(data, { instancePath: instancePath2 = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.applications === void 0) {
      const err0 = { instancePath: instancePath2, schemaPath: "#/required", keyword: "required", params: { missingProperty: "applications" }, message: "must have required property 'applications'", schema: schema113.required, parentSchema: schema113, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "proxy_location" || key0 === "http_options" || key0 === "grpc_options" || key0 === "logging_config" || key0 === "applications" || key0 === "target_capacity")) {
        const err1 = { instancePath: instancePath2, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.proxy_location !== void 0) {
      let data0 = data.proxy_location;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath2 + "/proxy_location", schemaPath: "#/properties/proxy_location/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.proxy_location.type, parentSchema: schema113.properties.proxy_location, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!(data0 === "Disabled" || data0 === "HeadOnly" || data0 === "EveryNode" || data0 === "NoServer")) {
        const err3 = { instancePath: instancePath2 + "/proxy_location", schemaPath: "#/properties/proxy_location/enum", keyword: "enum", params: { allowedValues: schema113.properties.proxy_location.enum }, message: "must be equal to one of the allowed values", schema: schema113.properties.proxy_location.enum, parentSchema: schema113.properties.proxy_location, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.http_options !== void 0) {
      let data1 = data.http_options;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!func23.call(schema113.properties.http_options.properties, key1)) {
            const err4 = { instancePath: instancePath2 + "/http_options", schemaPath: "#/properties/http_options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113.properties.http_options, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data1.host !== void 0) {
          let data2 = data1.host;
          if (typeof data2 !== "string") {
            const err5 = { instancePath: instancePath2 + "/http_options/host", schemaPath: "#/properties/http_options/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.http_options.properties.host.type, parentSchema: schema113.properties.http_options.properties.host, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data1.port !== void 0) {
          let data3 = data1.port;
          if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
            const err6 = { instancePath: instancePath2 + "/http_options/port", schemaPath: "#/properties/http_options/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema113.properties.http_options.properties.port.type, parentSchema: schema113.properties.http_options.properties.port, data: data3 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data1.root_path !== void 0) {
          let data4 = data1.root_path;
          if (typeof data4 !== "string") {
            const err7 = { instancePath: instancePath2 + "/http_options/root_path", schemaPath: "#/properties/http_options/properties/root_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.http_options.properties.root_path.type, parentSchema: schema113.properties.http_options.properties.root_path, data: data4 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data1.request_timeout_s !== void 0) {
          let data5 = data1.request_timeout_s;
          const _errs14 = errors;
          let valid2 = true;
          const _errs15 = errors;
          if (data5 !== null) {
            const err8 = {};
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          var _valid0 = _errs15 === errors;
          errors = _errs14;
          if (vErrors !== null) {
            if (_errs14) {
              vErrors.length = _errs14;
            } else {
              vErrors = null;
            }
          }
          if (!_valid0) {
            const _errs17 = errors;
            if (!(typeof data5 == "number")) {
              const err9 = { instancePath: instancePath2 + "/http_options/request_timeout_s", schemaPath: "#/properties/http_options/properties/request_timeout_s/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema113.properties.http_options.properties.request_timeout_s.else.type, parentSchema: schema113.properties.http_options.properties.request_timeout_s.else, data: data5 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            var _valid0 = _errs17 === errors;
            valid2 = _valid0;
          }
          if (!valid2) {
            const err10 = { instancePath: instancePath2 + "/http_options/request_timeout_s", schemaPath: "#/properties/http_options/properties/request_timeout_s/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema113.properties.http_options.properties.request_timeout_s.if, parentSchema: schema113.properties.http_options.properties.request_timeout_s, data: data5 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data1.keep_alive_timeout_s !== void 0) {
          let data6 = data1.keep_alive_timeout_s;
          if (!(typeof data6 == "number")) {
            const err11 = { instancePath: instancePath2 + "/http_options/keep_alive_timeout_s", schemaPath: "#/properties/http_options/properties/keep_alive_timeout_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema113.properties.http_options.properties.keep_alive_timeout_s.type, parentSchema: schema113.properties.http_options.properties.keep_alive_timeout_s, data: data6 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data1.ssl_keyfile !== void 0) {
          let data7 = data1.ssl_keyfile;
          const _errs22 = errors;
          let valid3 = true;
          const _errs23 = errors;
          if (data7 !== null) {
            const err12 = {};
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          var _valid1 = _errs23 === errors;
          errors = _errs22;
          if (vErrors !== null) {
            if (_errs22) {
              vErrors.length = _errs22;
            } else {
              vErrors = null;
            }
          }
          if (!_valid1) {
            const _errs25 = errors;
            if (typeof data7 !== "string") {
              const err13 = { instancePath: instancePath2 + "/http_options/ssl_keyfile", schemaPath: "#/properties/http_options/properties/ssl_keyfile/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.http_options.properties.ssl_keyfile.else.type, parentSchema: schema113.properties.http_options.properties.ssl_keyfile.else, data: data7 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            var _valid1 = _errs25 === errors;
            valid3 = _valid1;
          }
          if (!valid3) {
            const err14 = { instancePath: instancePath2 + "/http_options/ssl_keyfile", schemaPath: "#/properties/http_options/properties/ssl_keyfile/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema113.properties.http_options.properties.ssl_keyfile.if, parentSchema: schema113.properties.http_options.properties.ssl_keyfile, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data1.ssl_certfile !== void 0) {
          let data8 = data1.ssl_certfile;
          const _errs28 = errors;
          let valid4 = true;
          const _errs29 = errors;
          if (data8 !== null) {
            const err15 = {};
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          var _valid2 = _errs29 === errors;
          errors = _errs28;
          if (vErrors !== null) {
            if (_errs28) {
              vErrors.length = _errs28;
            } else {
              vErrors = null;
            }
          }
          if (!_valid2) {
            const _errs31 = errors;
            if (typeof data8 !== "string") {
              const err16 = { instancePath: instancePath2 + "/http_options/ssl_certfile", schemaPath: "#/properties/http_options/properties/ssl_certfile/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.http_options.properties.ssl_certfile.else.type, parentSchema: schema113.properties.http_options.properties.ssl_certfile.else, data: data8 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            var _valid2 = _errs31 === errors;
            valid4 = _valid2;
          }
          if (!valid4) {
            const err17 = { instancePath: instancePath2 + "/http_options/ssl_certfile", schemaPath: "#/properties/http_options/properties/ssl_certfile/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema113.properties.http_options.properties.ssl_certfile.if, parentSchema: schema113.properties.http_options.properties.ssl_certfile, data: data8 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data1.ssl_keyfile_password !== void 0) {
          let data9 = data1.ssl_keyfile_password;
          const _errs34 = errors;
          let valid5 = true;
          const _errs35 = errors;
          if (data9 !== null) {
            const err18 = {};
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          var _valid3 = _errs35 === errors;
          errors = _errs34;
          if (vErrors !== null) {
            if (_errs34) {
              vErrors.length = _errs34;
            } else {
              vErrors = null;
            }
          }
          if (!_valid3) {
            const _errs37 = errors;
            if (typeof data9 !== "string") {
              const err19 = { instancePath: instancePath2 + "/http_options/ssl_keyfile_password", schemaPath: "#/properties/http_options/properties/ssl_keyfile_password/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.http_options.properties.ssl_keyfile_password.else.type, parentSchema: schema113.properties.http_options.properties.ssl_keyfile_password.else, data: data9 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            var _valid3 = _errs37 === errors;
            valid5 = _valid3;
          }
          if (!valid5) {
            const err20 = { instancePath: instancePath2 + "/http_options/ssl_keyfile_password", schemaPath: "#/properties/http_options/properties/ssl_keyfile_password/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema113.properties.http_options.properties.ssl_keyfile_password.if, parentSchema: schema113.properties.http_options.properties.ssl_keyfile_password, data: data9 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data1.ssl_ca_certs !== void 0) {
          let data10 = data1.ssl_ca_certs;
          const _errs40 = errors;
          let valid6 = true;
          const _errs41 = errors;
          if (data10 !== null) {
            const err21 = {};
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          var _valid4 = _errs41 === errors;
          errors = _errs40;
          if (vErrors !== null) {
            if (_errs40) {
              vErrors.length = _errs40;
            } else {
              vErrors = null;
            }
          }
          if (!_valid4) {
            const _errs43 = errors;
            if (typeof data10 !== "string") {
              const err22 = { instancePath: instancePath2 + "/http_options/ssl_ca_certs", schemaPath: "#/properties/http_options/properties/ssl_ca_certs/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.http_options.properties.ssl_ca_certs.else.type, parentSchema: schema113.properties.http_options.properties.ssl_ca_certs.else, data: data10 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            var _valid4 = _errs43 === errors;
            valid6 = _valid4;
          }
          if (!valid6) {
            const err23 = { instancePath: instancePath2 + "/http_options/ssl_ca_certs", schemaPath: "#/properties/http_options/properties/ssl_ca_certs/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema113.properties.http_options.properties.ssl_ca_certs.if, parentSchema: schema113.properties.http_options.properties.ssl_ca_certs, data: data10 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data1.location !== void 0) {
          let data11 = data1.location;
          if (typeof data11 !== "string") {
            const err24 = { instancePath: instancePath2 + "/http_options/location", schemaPath: "#/properties/http_options/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.http_options.properties.location.type, parentSchema: schema113.properties.http_options.properties.location, data: data11 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath2 + "/http_options", schemaPath: "#/properties/http_options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.http_options.type, parentSchema: schema113.properties.http_options, data: data1 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.grpc_options !== void 0) {
      let data12 = data.grpc_options;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key2 in data12) {
          if (!(key2 === "port" || key2 === "grpc_servicer_functions" || key2 === "request_timeout_s")) {
            const err26 = { instancePath: instancePath2 + "/grpc_options", schemaPath: "#/properties/grpc_options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113.properties.grpc_options, data: data12 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data12.port !== void 0) {
          let data13 = data12.port;
          if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)))) {
            const err27 = { instancePath: instancePath2 + "/grpc_options/port", schemaPath: "#/properties/grpc_options/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema113.properties.grpc_options.properties.port.type, parentSchema: schema113.properties.grpc_options.properties.port, data: data13 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data12.grpc_servicer_functions !== void 0) {
          let data14 = data12.grpc_servicer_functions;
          if (Array.isArray(data14)) {
            const len0 = data14.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data15 = data14[i0];
              if (typeof data15 !== "string") {
                const err28 = { instancePath: instancePath2 + "/grpc_options/grpc_servicer_functions/" + i0, schemaPath: "#/properties/grpc_options/properties/grpc_servicer_functions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.grpc_options.properties.grpc_servicer_functions.items.type, parentSchema: schema113.properties.grpc_options.properties.grpc_servicer_functions.items, data: data15 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = { instancePath: instancePath2 + "/grpc_options/grpc_servicer_functions", schemaPath: "#/properties/grpc_options/properties/grpc_servicer_functions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema113.properties.grpc_options.properties.grpc_servicer_functions.type, parentSchema: schema113.properties.grpc_options.properties.grpc_servicer_functions, data: data14 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data12.request_timeout_s !== void 0) {
          let data16 = data12.request_timeout_s;
          const _errs57 = errors;
          let valid10 = true;
          const _errs58 = errors;
          if (data16 !== null) {
            const err30 = {};
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          var _valid5 = _errs58 === errors;
          errors = _errs57;
          if (vErrors !== null) {
            if (_errs57) {
              vErrors.length = _errs57;
            } else {
              vErrors = null;
            }
          }
          if (!_valid5) {
            const _errs60 = errors;
            if (!(typeof data16 == "number")) {
              const err31 = { instancePath: instancePath2 + "/grpc_options/request_timeout_s", schemaPath: "#/properties/grpc_options/properties/request_timeout_s/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema113.properties.grpc_options.properties.request_timeout_s.else.type, parentSchema: schema113.properties.grpc_options.properties.request_timeout_s.else, data: data16 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            var _valid5 = _errs60 === errors;
            valid10 = _valid5;
          }
          if (!valid10) {
            const err32 = { instancePath: instancePath2 + "/grpc_options/request_timeout_s", schemaPath: "#/properties/grpc_options/properties/request_timeout_s/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema113.properties.grpc_options.properties.request_timeout_s.if, parentSchema: schema113.properties.grpc_options.properties.request_timeout_s, data: data16 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath2 + "/grpc_options", schemaPath: "#/properties/grpc_options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.grpc_options.type, parentSchema: schema113.properties.grpc_options, data: data12 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.logging_config !== void 0) {
      let data17 = data.logging_config;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        for (const key3 in data17) {
          if (!(key3 === "encoding" || key3 === "log_level" || key3 === "logs_dir" || key3 === "enable_access_log" || key3 === "additional_log_standard_attrs")) {
            const err34 = { instancePath: instancePath2 + "/logging_config", schemaPath: "#/properties/logging_config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113.properties.logging_config, data: data17 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data17.encoding !== void 0) {
          let data18 = data17.encoding;
          if (typeof data18 !== "string") {
            const err35 = { instancePath: instancePath2 + "/logging_config/encoding", schemaPath: "#/properties/logging_config/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.logging_config.properties.encoding.type, parentSchema: schema113.properties.logging_config.properties.encoding, data: data18 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          if (!(data18 === "TEXT" || data18 === "JSON")) {
            const err36 = { instancePath: instancePath2 + "/logging_config/encoding", schemaPath: "#/properties/logging_config/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema113.properties.logging_config.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema113.properties.logging_config.properties.encoding.enum, parentSchema: schema113.properties.logging_config.properties.encoding, data: data18 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data17.log_level !== void 0) {
          let data19 = data17.log_level;
          const _errs68 = errors;
          let valid12 = false;
          const _errs69 = errors;
          if (typeof data19 !== "string") {
            const err37 = { instancePath: instancePath2 + "/logging_config/log_level", schemaPath: "#/properties/logging_config/properties/log_level/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.logging_config.properties.log_level.anyOf[0].type, parentSchema: schema113.properties.logging_config.properties.log_level.anyOf[0], data: data19 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          var _valid6 = _errs69 === errors;
          valid12 = valid12 || _valid6;
          if (!valid12) {
            const _errs71 = errors;
            if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)))) {
              const err38 = { instancePath: instancePath2 + "/logging_config/log_level", schemaPath: "#/properties/logging_config/properties/log_level/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema113.properties.logging_config.properties.log_level.anyOf[1].type, parentSchema: schema113.properties.logging_config.properties.log_level.anyOf[1], data: data19 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            var _valid6 = _errs71 === errors;
            valid12 = valid12 || _valid6;
          }
          if (!valid12) {
            const err39 = { instancePath: instancePath2 + "/logging_config/log_level", schemaPath: "#/properties/logging_config/properties/log_level/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema113.properties.logging_config.properties.log_level.anyOf, parentSchema: schema113.properties.logging_config.properties.log_level, data: data19 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          } else {
            errors = _errs68;
            if (vErrors !== null) {
              if (_errs68) {
                vErrors.length = _errs68;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data17.logs_dir !== void 0) {
          let data20 = data17.logs_dir;
          const _errs74 = errors;
          let valid13 = true;
          const _errs75 = errors;
          if (data20 !== null) {
            const err40 = {};
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          var _valid7 = _errs75 === errors;
          errors = _errs74;
          if (vErrors !== null) {
            if (_errs74) {
              vErrors.length = _errs74;
            } else {
              vErrors = null;
            }
          }
          if (!_valid7) {
            const _errs77 = errors;
            if (typeof data20 !== "string") {
              const err41 = { instancePath: instancePath2 + "/logging_config/logs_dir", schemaPath: "#/properties/logging_config/properties/logs_dir/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.logging_config.properties.logs_dir.else.type, parentSchema: schema113.properties.logging_config.properties.logs_dir.else, data: data20 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            var _valid7 = _errs77 === errors;
            valid13 = _valid7;
          }
          if (!valid13) {
            const err42 = { instancePath: instancePath2 + "/logging_config/logs_dir", schemaPath: "#/properties/logging_config/properties/logs_dir/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema113.properties.logging_config.properties.logs_dir.if, parentSchema: schema113.properties.logging_config.properties.logs_dir, data: data20 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data17.enable_access_log !== void 0) {
          let data21 = data17.enable_access_log;
          if (typeof data21 !== "boolean") {
            const err43 = { instancePath: instancePath2 + "/logging_config/enable_access_log", schemaPath: "#/properties/logging_config/properties/enable_access_log/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema113.properties.logging_config.properties.enable_access_log.type, parentSchema: schema113.properties.logging_config.properties.enable_access_log, data: data21 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data17.additional_log_standard_attrs !== void 0) {
          let data22 = data17.additional_log_standard_attrs;
          if (Array.isArray(data22)) {
            const len1 = data22.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data23 = data22[i1];
              if (typeof data23 !== "string") {
                const err44 = { instancePath: instancePath2 + "/logging_config/additional_log_standard_attrs/" + i1, schemaPath: "#/properties/logging_config/properties/additional_log_standard_attrs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.logging_config.properties.additional_log_standard_attrs.items.type, parentSchema: schema113.properties.logging_config.properties.additional_log_standard_attrs.items, data: data23 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
          } else {
            const err45 = { instancePath: instancePath2 + "/logging_config/additional_log_standard_attrs", schemaPath: "#/properties/logging_config/properties/additional_log_standard_attrs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema113.properties.logging_config.properties.additional_log_standard_attrs.type, parentSchema: schema113.properties.logging_config.properties.additional_log_standard_attrs, data: data22 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      } else {
        const err46 = { instancePath: instancePath2 + "/logging_config", schemaPath: "#/properties/logging_config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.logging_config.type, parentSchema: schema113.properties.logging_config, data: data17 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.applications !== void 0) {
      let data24 = data.applications;
      if (Array.isArray(data24)) {
        const len2 = data24.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data25 = data24[i2];
          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            if (data25.import_path === void 0) {
              const err47 = { instancePath: instancePath2 + "/applications/" + i2, schemaPath: "#/properties/applications/items/required", keyword: "required", params: { missingProperty: "import_path" }, message: "must have required property 'import_path'", schema: schema113.properties.applications.items.required, parentSchema: schema113.properties.applications.items, data: data25 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            for (const key4 in data25) {
              if (!func23.call(schema113.properties.applications.items.properties, key4)) {
                const err48 = { instancePath: instancePath2 + "/applications/" + i2, schemaPath: "#/properties/applications/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113.properties.applications.items, data: data25 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data25.name !== void 0) {
              let data26 = data25.name;
              if (typeof data26 !== "string") {
                const err49 = { instancePath: instancePath2 + "/applications/" + i2 + "/name", schemaPath: "#/properties/applications/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.applications.items.properties.name.type, parentSchema: schema113.properties.applications.items.properties.name, data: data26 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data25.route_prefix !== void 0) {
              let data27 = data25.route_prefix;
              const _errs93 = errors;
              let valid19 = true;
              const _errs94 = errors;
              if (data27 !== null) {
                const err50 = {};
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
              var _valid8 = _errs94 === errors;
              errors = _errs93;
              if (vErrors !== null) {
                if (_errs93) {
                  vErrors.length = _errs93;
                } else {
                  vErrors = null;
                }
              }
              if (!_valid8) {
                const _errs96 = errors;
                if (typeof data27 !== "string") {
                  const err51 = { instancePath: instancePath2 + "/applications/" + i2 + "/route_prefix", schemaPath: "#/properties/applications/items/properties/route_prefix/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.applications.items.properties.route_prefix.else.type, parentSchema: schema113.properties.applications.items.properties.route_prefix.else, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                var _valid8 = _errs96 === errors;
                valid19 = _valid8;
              }
              if (!valid19) {
                const err52 = { instancePath: instancePath2 + "/applications/" + i2 + "/route_prefix", schemaPath: "#/properties/applications/items/properties/route_prefix/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema113.properties.applications.items.properties.route_prefix.if, parentSchema: schema113.properties.applications.items.properties.route_prefix, data: data27 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data25.import_path !== void 0) {
              let data28 = data25.import_path;
              if (typeof data28 !== "string") {
                const err53 = { instancePath: instancePath2 + "/applications/" + i2 + "/import_path", schemaPath: "#/properties/applications/items/properties/import_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.applications.items.properties.import_path.type, parentSchema: schema113.properties.applications.items.properties.import_path, data: data28 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data25.runtime_env !== void 0) {
              let data29 = data25.runtime_env;
              if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                if (data29.env_vars !== void 0) {
                  let data30 = data29.env_vars;
                  if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                    for (const key5 in data30) {
                      let data31 = data30[key5];
                      if (typeof data31 !== "string") {
                        const err54 = { instancePath: instancePath2 + "/applications/" + i2 + "/runtime_env/env_vars/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/applications/items/properties/runtime_env/properties/env_vars/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.applications.items.properties.runtime_env.properties.env_vars.additionalProperties.type, parentSchema: schema113.properties.applications.items.properties.runtime_env.properties.env_vars.additionalProperties, data: data31 };
                        if (vErrors === null) {
                          vErrors = [err54];
                        } else {
                          vErrors.push(err54);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err55 = { instancePath: instancePath2 + "/applications/" + i2 + "/runtime_env/env_vars", schemaPath: "#/properties/applications/items/properties/runtime_env/properties/env_vars/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.applications.items.properties.runtime_env.properties.env_vars.type, parentSchema: schema113.properties.applications.items.properties.runtime_env.properties.env_vars, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
                if (data29.working_dir !== void 0) {
                  let data32 = data29.working_dir;
                  if (typeof data32 !== "string") {
                    const err56 = { instancePath: instancePath2 + "/applications/" + i2 + "/runtime_env/working_dir", schemaPath: "#/properties/applications/items/properties/runtime_env/properties/working_dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.applications.items.properties.runtime_env.properties.working_dir.type, parentSchema: schema113.properties.applications.items.properties.runtime_env.properties.working_dir, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
                if (data29.py_modules !== void 0) {
                  let data33 = data29.py_modules;
                  if (Array.isArray(data33)) {
                    const len3 = data33.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data34 = data33[i3];
                      if (typeof data34 !== "string") {
                        const err57 = { instancePath: instancePath2 + "/applications/" + i2 + "/runtime_env/py_modules/" + i3, schemaPath: "#/properties/applications/items/properties/runtime_env/properties/py_modules/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.applications.items.properties.runtime_env.properties.py_modules.items.type, parentSchema: schema113.properties.applications.items.properties.runtime_env.properties.py_modules.items, data: data34 };
                        if (vErrors === null) {
                          vErrors = [err57];
                        } else {
                          vErrors.push(err57);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err58 = { instancePath: instancePath2 + "/applications/" + i2 + "/runtime_env/py_modules", schemaPath: "#/properties/applications/items/properties/runtime_env/properties/py_modules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema113.properties.applications.items.properties.runtime_env.properties.py_modules.type, parentSchema: schema113.properties.applications.items.properties.runtime_env.properties.py_modules, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                }
                if (data29.config !== void 0) {
                  let data35 = data29.config;
                  if (!(data35 && typeof data35 == "object" && !Array.isArray(data35))) {
                    const err59 = { instancePath: instancePath2 + "/applications/" + i2 + "/runtime_env/config", schemaPath: "#/properties/applications/items/properties/runtime_env/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.applications.items.properties.runtime_env.properties.config.type, parentSchema: schema113.properties.applications.items.properties.runtime_env.properties.config, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
              } else {
                const err60 = { instancePath: instancePath2 + "/applications/" + i2 + "/runtime_env", schemaPath: "#/properties/applications/items/properties/runtime_env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.applications.items.properties.runtime_env.type, parentSchema: schema113.properties.applications.items.properties.runtime_env, data: data29 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data25.host !== void 0) {
              let data36 = data25.host;
              if (typeof data36 !== "string") {
                const err61 = { instancePath: instancePath2 + "/applications/" + i2 + "/host", schemaPath: "#/properties/applications/items/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.applications.items.properties.host.type, parentSchema: schema113.properties.applications.items.properties.host, data: data36 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data25.port !== void 0) {
              let data37 = data25.port;
              if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)))) {
                const err62 = { instancePath: instancePath2 + "/applications/" + i2 + "/port", schemaPath: "#/properties/applications/items/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema113.properties.applications.items.properties.port.type, parentSchema: schema113.properties.applications.items.properties.port, data: data37 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data25.deployments !== void 0) {
              let data38 = data25.deployments;
              if (Array.isArray(data38)) {
                const len4 = data38.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data39 = data38[i4];
                  if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                    if (data39.name === void 0) {
                      const err63 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4, schemaPath: "#/properties/applications/items/properties/deployments/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema113.properties.applications.items.properties.deployments.items.required, parentSchema: schema113.properties.applications.items.properties.deployments.items, data: data39 };
                      if (vErrors === null) {
                        vErrors = [err63];
                      } else {
                        vErrors.push(err63);
                      }
                      errors++;
                    }
                    for (const key6 in data39) {
                      if (!func23.call(schema113.properties.applications.items.properties.deployments.items.properties, key6)) {
                        const err64 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4, schemaPath: "#/properties/applications/items/properties/deployments/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113.properties.applications.items.properties.deployments.items, data: data39 };
                        if (vErrors === null) {
                          vErrors = [err64];
                        } else {
                          vErrors.push(err64);
                        }
                        errors++;
                      }
                    }
                    if (data39.name !== void 0) {
                      let data40 = data39.name;
                      if (typeof data40 !== "string") {
                        const err65 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/name", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.applications.items.properties.deployments.items.properties.name.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.name, data: data40 };
                        if (vErrors === null) {
                          vErrors = [err65];
                        } else {
                          vErrors.push(err65);
                        }
                        errors++;
                      }
                    }
                    if (data39.num_replicas !== void 0) {
                      let data41 = data39.num_replicas;
                      const _errs127 = errors;
                      let valid27 = false;
                      const _errs128 = errors;
                      if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)))) {
                        const err66 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/num_replicas", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/num_replicas/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema113.properties.applications.items.properties.deployments.items.properties.num_replicas.anyOf[0].type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.num_replicas.anyOf[0], data: data41 };
                        if (vErrors === null) {
                          vErrors = [err66];
                        } else {
                          vErrors.push(err66);
                        }
                        errors++;
                      }
                      var _valid9 = _errs128 === errors;
                      valid27 = valid27 || _valid9;
                      if (!valid27) {
                        const _errs130 = errors;
                        if ("auto" !== data41) {
                          const err67 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/num_replicas", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/num_replicas/anyOf/1/const", keyword: "const", params: { allowedValue: "auto" }, message: "must be equal to constant", schema: "auto", parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.num_replicas.anyOf[1], data: data41 };
                          if (vErrors === null) {
                            vErrors = [err67];
                          } else {
                            vErrors.push(err67);
                          }
                          errors++;
                        }
                        var _valid9 = _errs130 === errors;
                        valid27 = valid27 || _valid9;
                        if (!valid27) {
                          const _errs131 = errors;
                          if (data41 !== null) {
                            const err68 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/num_replicas", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/num_replicas/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema113.properties.applications.items.properties.deployments.items.properties.num_replicas.anyOf[2].type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.num_replicas.anyOf[2], data: data41 };
                            if (vErrors === null) {
                              vErrors = [err68];
                            } else {
                              vErrors.push(err68);
                            }
                            errors++;
                          }
                          var _valid9 = _errs131 === errors;
                          valid27 = valid27 || _valid9;
                        }
                      }
                      if (!valid27) {
                        const err69 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/num_replicas", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/num_replicas/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema113.properties.applications.items.properties.deployments.items.properties.num_replicas.anyOf, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.num_replicas, data: data41 };
                        if (vErrors === null) {
                          vErrors = [err69];
                        } else {
                          vErrors.push(err69);
                        }
                        errors++;
                      } else {
                        errors = _errs127;
                        if (vErrors !== null) {
                          if (_errs127) {
                            vErrors.length = _errs127;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data39.max_ongoing_requests !== void 0) {
                      let data42 = data39.max_ongoing_requests;
                      if (!(typeof data42 == "number")) {
                        const err70 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/max_ongoing_requests", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/max_ongoing_requests/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema113.properties.applications.items.properties.deployments.items.properties.max_ongoing_requests.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.max_ongoing_requests, data: data42 };
                        if (vErrors === null) {
                          vErrors = [err70];
                        } else {
                          vErrors.push(err70);
                        }
                        errors++;
                      }
                    }
                    if (data39.max_queued_requests !== void 0) {
                      let data43 = data39.max_queued_requests;
                      if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)))) {
                        const err71 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/max_queued_requests", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/max_queued_requests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema113.properties.applications.items.properties.deployments.items.properties.max_queued_requests.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.max_queued_requests, data: data43 };
                        if (vErrors === null) {
                          vErrors = [err71];
                        } else {
                          vErrors.push(err71);
                        }
                        errors++;
                      }
                    }
                    if (data39.autoscaling_config !== void 0) {
                      let data44 = data39.autoscaling_config;
                      const _errs138 = errors;
                      let valid28 = true;
                      const _errs139 = errors;
                      if (data44 !== null) {
                        const err72 = {};
                        if (vErrors === null) {
                          vErrors = [err72];
                        } else {
                          vErrors.push(err72);
                        }
                        errors++;
                      }
                      var _valid10 = _errs139 === errors;
                      errors = _errs138;
                      if (vErrors !== null) {
                        if (_errs138) {
                          vErrors.length = _errs138;
                        } else {
                          vErrors = null;
                        }
                      }
                      if (!_valid10) {
                        const _errs141 = errors;
                        if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                          for (const key7 in data44) {
                            if (!func23.call(schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties, key7)) {
                              const err73 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else, data: data44 };
                              if (vErrors === null) {
                                vErrors = [err73];
                              } else {
                                vErrors.push(err73);
                              }
                              errors++;
                            }
                          }
                          if (data44.min_replicas !== void 0) {
                            let data45 = data44.min_replicas;
                            if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)))) {
                              const err74 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/min_replicas", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/min_replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.min_replicas.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.min_replicas, data: data45 };
                              if (vErrors === null) {
                                vErrors = [err74];
                              } else {
                                vErrors.push(err74);
                              }
                              errors++;
                            }
                          }
                          if (data44.initial_replicas !== void 0) {
                            let data46 = data44.initial_replicas;
                            const _errs147 = errors;
                            let valid30 = true;
                            const _errs148 = errors;
                            if (data46 !== null) {
                              const err75 = {};
                              if (vErrors === null) {
                                vErrors = [err75];
                              } else {
                                vErrors.push(err75);
                              }
                              errors++;
                            }
                            var _valid11 = _errs148 === errors;
                            errors = _errs147;
                            if (vErrors !== null) {
                              if (_errs147) {
                                vErrors.length = _errs147;
                              } else {
                                vErrors = null;
                              }
                            }
                            if (!_valid11) {
                              const _errs150 = errors;
                              if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)))) {
                                const err76 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/initial_replicas", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/initial_replicas/else/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.initial_replicas.else.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.initial_replicas.else, data: data46 };
                                if (vErrors === null) {
                                  vErrors = [err76];
                                } else {
                                  vErrors.push(err76);
                                }
                                errors++;
                              }
                              var _valid11 = _errs150 === errors;
                              valid30 = _valid11;
                            }
                            if (!valid30) {
                              const err77 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/initial_replicas", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/initial_replicas/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.initial_replicas.if, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.initial_replicas, data: data46 };
                              if (vErrors === null) {
                                vErrors = [err77];
                              } else {
                                vErrors.push(err77);
                              }
                              errors++;
                            }
                          }
                          if (data44.max_replicas !== void 0) {
                            let data47 = data44.max_replicas;
                            if (!(typeof data47 == "number" && (!(data47 % 1) && !isNaN(data47)))) {
                              const err78 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/max_replicas", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/max_replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.max_replicas.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.max_replicas, data: data47 };
                              if (vErrors === null) {
                                vErrors = [err78];
                              } else {
                                vErrors.push(err78);
                              }
                              errors++;
                            }
                          }
                          if (data44.target_ongoing_requests !== void 0) {
                            let data48 = data44.target_ongoing_requests;
                            const _errs155 = errors;
                            let valid31 = true;
                            const _errs156 = errors;
                            if (data48 !== null) {
                              const err79 = {};
                              if (vErrors === null) {
                                vErrors = [err79];
                              } else {
                                vErrors.push(err79);
                              }
                              errors++;
                            }
                            var _valid12 = _errs156 === errors;
                            errors = _errs155;
                            if (vErrors !== null) {
                              if (_errs155) {
                                vErrors.length = _errs155;
                              } else {
                                vErrors = null;
                              }
                            }
                            if (!_valid12) {
                              const _errs158 = errors;
                              if (!(typeof data48 == "number")) {
                                const err80 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/target_ongoing_requests", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/target_ongoing_requests/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.target_ongoing_requests.else.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.target_ongoing_requests.else, data: data48 };
                                if (vErrors === null) {
                                  vErrors = [err80];
                                } else {
                                  vErrors.push(err80);
                                }
                                errors++;
                              }
                              var _valid12 = _errs158 === errors;
                              valid31 = _valid12;
                            }
                            if (!valid31) {
                              const err81 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/target_ongoing_requests", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/target_ongoing_requests/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.target_ongoing_requests.if, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.target_ongoing_requests, data: data48 };
                              if (vErrors === null) {
                                vErrors = [err81];
                              } else {
                                vErrors.push(err81);
                              }
                              errors++;
                            }
                          }
                          if (data44.metrics_interval_s !== void 0) {
                            let data49 = data44.metrics_interval_s;
                            if (!(typeof data49 == "number")) {
                              const err82 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/metrics_interval_s", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/metrics_interval_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.metrics_interval_s.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.metrics_interval_s, data: data49 };
                              if (vErrors === null) {
                                vErrors = [err82];
                              } else {
                                vErrors.push(err82);
                              }
                              errors++;
                            }
                          }
                          if (data44.look_back_period_s !== void 0) {
                            let data50 = data44.look_back_period_s;
                            if (!(typeof data50 == "number")) {
                              const err83 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/look_back_period_s", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/look_back_period_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.look_back_period_s.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.look_back_period_s, data: data50 };
                              if (vErrors === null) {
                                vErrors = [err83];
                              } else {
                                vErrors.push(err83);
                              }
                              errors++;
                            }
                          }
                          if (data44.smoothing_factor !== void 0) {
                            let data51 = data44.smoothing_factor;
                            if (!(typeof data51 == "number")) {
                              const err84 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/smoothing_factor", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/smoothing_factor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.smoothing_factor.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.smoothing_factor, data: data51 };
                              if (vErrors === null) {
                                vErrors = [err84];
                              } else {
                                vErrors.push(err84);
                              }
                              errors++;
                            }
                          }
                          if (data44.upscale_smoothing_factor !== void 0) {
                            let data52 = data44.upscale_smoothing_factor;
                            const _errs167 = errors;
                            let valid32 = true;
                            const _errs168 = errors;
                            if (data52 !== null) {
                              const err85 = {};
                              if (vErrors === null) {
                                vErrors = [err85];
                              } else {
                                vErrors.push(err85);
                              }
                              errors++;
                            }
                            var _valid13 = _errs168 === errors;
                            errors = _errs167;
                            if (vErrors !== null) {
                              if (_errs167) {
                                vErrors.length = _errs167;
                              } else {
                                vErrors = null;
                              }
                            }
                            if (!_valid13) {
                              const _errs170 = errors;
                              if (!(typeof data52 == "number")) {
                                const err86 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/upscale_smoothing_factor", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/upscale_smoothing_factor/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.upscale_smoothing_factor.else.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.upscale_smoothing_factor.else, data: data52 };
                                if (vErrors === null) {
                                  vErrors = [err86];
                                } else {
                                  vErrors.push(err86);
                                }
                                errors++;
                              }
                              var _valid13 = _errs170 === errors;
                              valid32 = _valid13;
                            }
                            if (!valid32) {
                              const err87 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/upscale_smoothing_factor", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/upscale_smoothing_factor/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.upscale_smoothing_factor.if, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.upscale_smoothing_factor, data: data52 };
                              if (vErrors === null) {
                                vErrors = [err87];
                              } else {
                                vErrors.push(err87);
                              }
                              errors++;
                            }
                          }
                          if (data44.downscale_smoothing_factor !== void 0) {
                            let data53 = data44.downscale_smoothing_factor;
                            const _errs173 = errors;
                            let valid33 = true;
                            const _errs174 = errors;
                            if (data53 !== null) {
                              const err88 = {};
                              if (vErrors === null) {
                                vErrors = [err88];
                              } else {
                                vErrors.push(err88);
                              }
                              errors++;
                            }
                            var _valid14 = _errs174 === errors;
                            errors = _errs173;
                            if (vErrors !== null) {
                              if (_errs173) {
                                vErrors.length = _errs173;
                              } else {
                                vErrors = null;
                              }
                            }
                            if (!_valid14) {
                              const _errs176 = errors;
                              if (!(typeof data53 == "number")) {
                                const err89 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/downscale_smoothing_factor", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/downscale_smoothing_factor/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscale_smoothing_factor.else.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscale_smoothing_factor.else, data: data53 };
                                if (vErrors === null) {
                                  vErrors = [err89];
                                } else {
                                  vErrors.push(err89);
                                }
                                errors++;
                              }
                              var _valid14 = _errs176 === errors;
                              valid33 = _valid14;
                            }
                            if (!valid33) {
                              const err90 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/downscale_smoothing_factor", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/downscale_smoothing_factor/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscale_smoothing_factor.if, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscale_smoothing_factor, data: data53 };
                              if (vErrors === null) {
                                vErrors = [err90];
                              } else {
                                vErrors.push(err90);
                              }
                              errors++;
                            }
                          }
                          if (data44.upscaling_factor !== void 0) {
                            let data54 = data44.upscaling_factor;
                            const _errs179 = errors;
                            let valid34 = true;
                            const _errs180 = errors;
                            if (data54 !== null) {
                              const err91 = {};
                              if (vErrors === null) {
                                vErrors = [err91];
                              } else {
                                vErrors.push(err91);
                              }
                              errors++;
                            }
                            var _valid15 = _errs180 === errors;
                            errors = _errs179;
                            if (vErrors !== null) {
                              if (_errs179) {
                                vErrors.length = _errs179;
                              } else {
                                vErrors = null;
                              }
                            }
                            if (!_valid15) {
                              const _errs182 = errors;
                              if (!(typeof data54 == "number")) {
                                const err92 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/upscaling_factor", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/upscaling_factor/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.upscaling_factor.else.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.upscaling_factor.else, data: data54 };
                                if (vErrors === null) {
                                  vErrors = [err92];
                                } else {
                                  vErrors.push(err92);
                                }
                                errors++;
                              }
                              var _valid15 = _errs182 === errors;
                              valid34 = _valid15;
                            }
                            if (!valid34) {
                              const err93 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/upscaling_factor", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/upscaling_factor/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.upscaling_factor.if, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.upscaling_factor, data: data54 };
                              if (vErrors === null) {
                                vErrors = [err93];
                              } else {
                                vErrors.push(err93);
                              }
                              errors++;
                            }
                          }
                          if (data44.downscaling_factor !== void 0) {
                            let data55 = data44.downscaling_factor;
                            const _errs185 = errors;
                            let valid35 = true;
                            const _errs186 = errors;
                            if (data55 !== null) {
                              const err94 = {};
                              if (vErrors === null) {
                                vErrors = [err94];
                              } else {
                                vErrors.push(err94);
                              }
                              errors++;
                            }
                            var _valid16 = _errs186 === errors;
                            errors = _errs185;
                            if (vErrors !== null) {
                              if (_errs185) {
                                vErrors.length = _errs185;
                              } else {
                                vErrors = null;
                              }
                            }
                            if (!_valid16) {
                              const _errs188 = errors;
                              if (!(typeof data55 == "number")) {
                                const err95 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/downscaling_factor", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/downscaling_factor/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscaling_factor.else.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscaling_factor.else, data: data55 };
                                if (vErrors === null) {
                                  vErrors = [err95];
                                } else {
                                  vErrors.push(err95);
                                }
                                errors++;
                              }
                              var _valid16 = _errs188 === errors;
                              valid35 = _valid16;
                            }
                            if (!valid35) {
                              const err96 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/downscaling_factor", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/downscaling_factor/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscaling_factor.if, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscaling_factor, data: data55 };
                              if (vErrors === null) {
                                vErrors = [err96];
                              } else {
                                vErrors.push(err96);
                              }
                              errors++;
                            }
                          }
                          if (data44.downscale_delay_s !== void 0) {
                            let data56 = data44.downscale_delay_s;
                            if (!(typeof data56 == "number")) {
                              const err97 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/downscale_delay_s", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/downscale_delay_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscale_delay_s.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscale_delay_s, data: data56 };
                              if (vErrors === null) {
                                vErrors = [err97];
                              } else {
                                vErrors.push(err97);
                              }
                              errors++;
                            }
                          }
                          if (data44.downscale_to_zero_delay_s !== void 0) {
                            let data57 = data44.downscale_to_zero_delay_s;
                            const _errs193 = errors;
                            let valid36 = true;
                            const _errs194 = errors;
                            if (data57 !== null) {
                              const err98 = {};
                              if (vErrors === null) {
                                vErrors = [err98];
                              } else {
                                vErrors.push(err98);
                              }
                              errors++;
                            }
                            var _valid17 = _errs194 === errors;
                            errors = _errs193;
                            if (vErrors !== null) {
                              if (_errs193) {
                                vErrors.length = _errs193;
                              } else {
                                vErrors = null;
                              }
                            }
                            if (!_valid17) {
                              const _errs196 = errors;
                              if (!(typeof data57 == "number")) {
                                const err99 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/downscale_to_zero_delay_s", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/downscale_to_zero_delay_s/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscale_to_zero_delay_s.else.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscale_to_zero_delay_s.else, data: data57 };
                                if (vErrors === null) {
                                  vErrors = [err99];
                                } else {
                                  vErrors.push(err99);
                                }
                                errors++;
                              }
                              var _valid17 = _errs196 === errors;
                              valid36 = _valid17;
                            }
                            if (!valid36) {
                              const err100 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/downscale_to_zero_delay_s", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/downscale_to_zero_delay_s/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscale_to_zero_delay_s.if, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscale_to_zero_delay_s, data: data57 };
                              if (vErrors === null) {
                                vErrors = [err100];
                              } else {
                                vErrors.push(err100);
                              }
                              errors++;
                            }
                          }
                          if (data44.upscale_delay_s !== void 0) {
                            let data58 = data44.upscale_delay_s;
                            if (!(typeof data58 == "number")) {
                              const err101 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/upscale_delay_s", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/upscale_delay_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.upscale_delay_s.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.upscale_delay_s, data: data58 };
                              if (vErrors === null) {
                                vErrors = [err101];
                              } else {
                                vErrors.push(err101);
                              }
                              errors++;
                            }
                          }
                          if (data44.aggregation_function !== void 0) {
                            let data59 = data44.aggregation_function;
                            if (typeof data59 !== "string") {
                              const err102 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/aggregation_function", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/aggregation_function/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.aggregation_function.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.aggregation_function, data: data59 };
                              if (vErrors === null) {
                                vErrors = [err102];
                              } else {
                                vErrors.push(err102);
                              }
                              errors++;
                            }
                            if (!(data59 === "mean" || data59 === "max" || data59 === "min" || data59 === "MEAN" || data59 === "MAX" || data59 === "MIN")) {
                              const err103 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/aggregation_function", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/aggregation_function/enum", keyword: "enum", params: { allowedValues: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.aggregation_function.enum }, message: "must be equal to one of the allowed values", schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.aggregation_function.enum, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.aggregation_function, data: data59 };
                              if (vErrors === null) {
                                vErrors = [err103];
                              } else {
                                vErrors.push(err103);
                              }
                              errors++;
                            }
                          }
                          if (data44.prometheus_metrics !== void 0) {
                            let data60 = data44.prometheus_metrics;
                            const _errs203 = errors;
                            let valid37 = true;
                            const _errs204 = errors;
                            if (data60 !== null) {
                              const err104 = {};
                              if (vErrors === null) {
                                vErrors = [err104];
                              } else {
                                vErrors.push(err104);
                              }
                              errors++;
                            }
                            var _valid18 = _errs204 === errors;
                            errors = _errs203;
                            if (vErrors !== null) {
                              if (_errs203) {
                                vErrors.length = _errs203;
                              } else {
                                vErrors = null;
                              }
                            }
                            if (!_valid18) {
                              const _errs206 = errors;
                              if (Array.isArray(data60)) {
                                const len5 = data60.length;
                                for (let i5 = 0; i5 < len5; i5++) {
                                  let data61 = data60[i5];
                                  if (typeof data61 !== "string") {
                                    const err105 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/prometheus_metrics/" + i5, schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/prometheus_metrics/else/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.prometheus_metrics.else.items.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.prometheus_metrics.else.items, data: data61 };
                                    if (vErrors === null) {
                                      vErrors = [err105];
                                    } else {
                                      vErrors.push(err105);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err106 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/prometheus_metrics", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/prometheus_metrics/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.prometheus_metrics.else.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.prometheus_metrics.else, data: data60 };
                                if (vErrors === null) {
                                  vErrors = [err106];
                                } else {
                                  vErrors.push(err106);
                                }
                                errors++;
                              }
                              var _valid18 = _errs206 === errors;
                              valid37 = _valid18;
                            }
                            if (!valid37) {
                              const err107 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/prometheus_metrics", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/prometheus_metrics/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.prometheus_metrics.if, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.prometheus_metrics, data: data60 };
                              if (vErrors === null) {
                                vErrors = [err107];
                              } else {
                                vErrors.push(err107);
                              }
                              errors++;
                            }
                          }
                          if (data44.target_num_ongoing_requests_per_replica !== void 0) {
                            let data62 = data44.target_num_ongoing_requests_per_replica;
                            if (!(typeof data62 == "number")) {
                              const err108 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/target_num_ongoing_requests_per_replica", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/target_num_ongoing_requests_per_replica/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.target_num_ongoing_requests_per_replica.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.target_num_ongoing_requests_per_replica, data: data62 };
                              if (vErrors === null) {
                                vErrors = [err108];
                              } else {
                                vErrors.push(err108);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err109 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else, data: data44 };
                          if (vErrors === null) {
                            vErrors = [err109];
                          } else {
                            vErrors.push(err109);
                          }
                          errors++;
                        }
                        var _valid10 = _errs141 === errors;
                        valid28 = _valid10;
                      }
                      if (!valid28) {
                        const err110 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config.if, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.autoscaling_config, data: data44 };
                        if (vErrors === null) {
                          vErrors = [err110];
                        } else {
                          vErrors.push(err110);
                        }
                        errors++;
                      }
                    }
                    if (data39.graceful_shutdown_wait_loop_s !== void 0) {
                      let data63 = data39.graceful_shutdown_wait_loop_s;
                      if (!(typeof data63 == "number")) {
                        const err111 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/graceful_shutdown_wait_loop_s", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/graceful_shutdown_wait_loop_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema113.properties.applications.items.properties.deployments.items.properties.graceful_shutdown_wait_loop_s.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.graceful_shutdown_wait_loop_s, data: data63 };
                        if (vErrors === null) {
                          vErrors = [err111];
                        } else {
                          vErrors.push(err111);
                        }
                        errors++;
                      }
                    }
                    if (data39.graceful_shutdown_timeout_s !== void 0) {
                      let data64 = data39.graceful_shutdown_timeout_s;
                      if (!(typeof data64 == "number")) {
                        const err112 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/graceful_shutdown_timeout_s", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/graceful_shutdown_timeout_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema113.properties.applications.items.properties.deployments.items.properties.graceful_shutdown_timeout_s.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.graceful_shutdown_timeout_s, data: data64 };
                        if (vErrors === null) {
                          vErrors = [err112];
                        } else {
                          vErrors.push(err112);
                        }
                        errors++;
                      }
                    }
                    if (data39.health_check_period_s !== void 0) {
                      let data65 = data39.health_check_period_s;
                      if (!(typeof data65 == "number")) {
                        const err113 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/health_check_period_s", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/health_check_period_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema113.properties.applications.items.properties.deployments.items.properties.health_check_period_s.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.health_check_period_s, data: data65 };
                        if (vErrors === null) {
                          vErrors = [err113];
                        } else {
                          vErrors.push(err113);
                        }
                        errors++;
                      }
                    }
                    if (data39.health_check_timeout_s !== void 0) {
                      let data66 = data39.health_check_timeout_s;
                      if (!(typeof data66 == "number")) {
                        const err114 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/health_check_timeout_s", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/health_check_timeout_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema113.properties.applications.items.properties.deployments.items.properties.health_check_timeout_s.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.health_check_timeout_s, data: data66 };
                        if (vErrors === null) {
                          vErrors = [err114];
                        } else {
                          vErrors.push(err114);
                        }
                        errors++;
                      }
                    }
                    if (data39.ray_actor_options !== void 0) {
                      let data67 = data39.ray_actor_options;
                      if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                        for (const key8 in data67) {
                          if (!(key8 === "runtime_env" || key8 === "num_cpus" || key8 === "num_gpus" || key8 === "memory" || key8 === "object_store_memory" || key8 === "resources" || key8 === "accelerator_type" || key8 === "label_selector")) {
                            const err115 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options, data: data67 };
                            if (vErrors === null) {
                              vErrors = [err115];
                            } else {
                              vErrors.push(err115);
                            }
                            errors++;
                          }
                        }
                        if (data67.runtime_env !== void 0) {
                          let data68 = data67.runtime_env;
                          if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                            if (data68.env_vars !== void 0) {
                              let data69 = data68.env_vars;
                              if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                                for (const key9 in data69) {
                                  let data70 = data69[key9];
                                  if (typeof data70 !== "string") {
                                    const err116 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/runtime_env/env_vars/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/runtime_env/properties/env_vars/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env.properties.env_vars.additionalProperties.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env.properties.env_vars.additionalProperties, data: data70 };
                                    if (vErrors === null) {
                                      vErrors = [err116];
                                    } else {
                                      vErrors.push(err116);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err117 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/runtime_env/env_vars", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/runtime_env/properties/env_vars/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env.properties.env_vars.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env.properties.env_vars, data: data69 };
                                if (vErrors === null) {
                                  vErrors = [err117];
                                } else {
                                  vErrors.push(err117);
                                }
                                errors++;
                              }
                            }
                            if (data68.working_dir !== void 0) {
                              let data71 = data68.working_dir;
                              if (typeof data71 !== "string") {
                                const err118 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/runtime_env/working_dir", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/runtime_env/properties/working_dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env.properties.working_dir.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env.properties.working_dir, data: data71 };
                                if (vErrors === null) {
                                  vErrors = [err118];
                                } else {
                                  vErrors.push(err118);
                                }
                                errors++;
                              }
                            }
                            if (data68.py_modules !== void 0) {
                              let data72 = data68.py_modules;
                              if (Array.isArray(data72)) {
                                const len6 = data72.length;
                                for (let i6 = 0; i6 < len6; i6++) {
                                  let data73 = data72[i6];
                                  if (typeof data73 !== "string") {
                                    const err119 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/runtime_env/py_modules/" + i6, schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/runtime_env/properties/py_modules/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env.properties.py_modules.items.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env.properties.py_modules.items, data: data73 };
                                    if (vErrors === null) {
                                      vErrors = [err119];
                                    } else {
                                      vErrors.push(err119);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err120 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/runtime_env/py_modules", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/runtime_env/properties/py_modules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env.properties.py_modules.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env.properties.py_modules, data: data72 };
                                if (vErrors === null) {
                                  vErrors = [err120];
                                } else {
                                  vErrors.push(err120);
                                }
                                errors++;
                              }
                            }
                            if (data68.config !== void 0) {
                              let data74 = data68.config;
                              if (!(data74 && typeof data74 == "object" && !Array.isArray(data74))) {
                                const err121 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/runtime_env/config", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/runtime_env/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env.properties.config.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env.properties.config, data: data74 };
                                if (vErrors === null) {
                                  vErrors = [err121];
                                } else {
                                  vErrors.push(err121);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err122 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/runtime_env", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/runtime_env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env, data: data68 };
                            if (vErrors === null) {
                              vErrors = [err122];
                            } else {
                              vErrors.push(err122);
                            }
                            errors++;
                          }
                        }
                        if (data67.num_cpus !== void 0) {
                          let data75 = data67.num_cpus;
                          if (!(typeof data75 == "number")) {
                            const err123 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/num_cpus", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/num_cpus/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.num_cpus.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.num_cpus, data: data75 };
                            if (vErrors === null) {
                              vErrors = [err123];
                            } else {
                              vErrors.push(err123);
                            }
                            errors++;
                          }
                        }
                        if (data67.num_gpus !== void 0) {
                          let data76 = data67.num_gpus;
                          if (!(typeof data76 == "number")) {
                            const err124 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/num_gpus", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/num_gpus/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.num_gpus.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.num_gpus, data: data76 };
                            if (vErrors === null) {
                              vErrors = [err124];
                            } else {
                              vErrors.push(err124);
                            }
                            errors++;
                          }
                        }
                        if (data67.memory !== void 0) {
                          let data77 = data67.memory;
                          if (!(typeof data77 == "number")) {
                            const err125 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/memory", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/memory/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.memory.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.memory, data: data77 };
                            if (vErrors === null) {
                              vErrors = [err125];
                            } else {
                              vErrors.push(err125);
                            }
                            errors++;
                          }
                        }
                        if (data67.object_store_memory !== void 0) {
                          let data78 = data67.object_store_memory;
                          if (!(typeof data78 == "number")) {
                            const err126 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/object_store_memory", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/object_store_memory/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.object_store_memory.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.object_store_memory, data: data78 };
                            if (vErrors === null) {
                              vErrors = [err126];
                            } else {
                              vErrors.push(err126);
                            }
                            errors++;
                          }
                        }
                        if (data67.resources !== void 0) {
                          let data79 = data67.resources;
                          if (!(data79 && typeof data79 == "object" && !Array.isArray(data79))) {
                            const err127 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/resources", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.resources.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.resources, data: data79 };
                            if (vErrors === null) {
                              vErrors = [err127];
                            } else {
                              vErrors.push(err127);
                            }
                            errors++;
                          }
                        }
                        if (data67.accelerator_type !== void 0) {
                          let data80 = data67.accelerator_type;
                          if (typeof data80 !== "string") {
                            const err128 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/accelerator_type", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/accelerator_type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.accelerator_type.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.accelerator_type, data: data80 };
                            if (vErrors === null) {
                              vErrors = [err128];
                            } else {
                              vErrors.push(err128);
                            }
                            errors++;
                          }
                        }
                        if (data67.label_selector !== void 0) {
                          let data81 = data67.label_selector;
                          if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
                            for (const key10 in data81) {
                              let data82 = data81[key10];
                              if (typeof data82 !== "string") {
                                const err129 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/label_selector/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/label_selector/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.label_selector.additionalProperties.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.label_selector.additionalProperties, data: data82 };
                                if (vErrors === null) {
                                  vErrors = [err129];
                                } else {
                                  vErrors.push(err129);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err130 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/label_selector", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/label_selector/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.label_selector.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.label_selector, data: data81 };
                            if (vErrors === null) {
                              vErrors = [err130];
                            } else {
                              vErrors.push(err130);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err131 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.ray_actor_options, data: data67 };
                        if (vErrors === null) {
                          vErrors = [err131];
                        } else {
                          vErrors.push(err131);
                        }
                        errors++;
                      }
                    }
                    if (data39.logging_config !== void 0) {
                      let data83 = data39.logging_config;
                      if (data83 && typeof data83 == "object" && !Array.isArray(data83)) {
                        for (const key11 in data83) {
                          if (!(key11 === "encoding" || key11 === "log_level" || key11 === "logs_dir" || key11 === "enable_access_log" || key11 === "additional_log_standard_attrs")) {
                            const err132 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/logging_config", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/logging_config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.logging_config, data: data83 };
                            if (vErrors === null) {
                              vErrors = [err132];
                            } else {
                              vErrors.push(err132);
                            }
                            errors++;
                          }
                        }
                        if (data83.encoding !== void 0) {
                          let data84 = data83.encoding;
                          if (typeof data84 !== "string") {
                            const err133 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/logging_config/encoding", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/logging_config/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.applications.items.properties.deployments.items.properties.logging_config.properties.encoding.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.logging_config.properties.encoding, data: data84 };
                            if (vErrors === null) {
                              vErrors = [err133];
                            } else {
                              vErrors.push(err133);
                            }
                            errors++;
                          }
                          if (!(data84 === "TEXT" || data84 === "JSON")) {
                            const err134 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/logging_config/encoding", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/logging_config/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema113.properties.applications.items.properties.deployments.items.properties.logging_config.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema113.properties.applications.items.properties.deployments.items.properties.logging_config.properties.encoding.enum, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.logging_config.properties.encoding, data: data84 };
                            if (vErrors === null) {
                              vErrors = [err134];
                            } else {
                              vErrors.push(err134);
                            }
                            errors++;
                          }
                        }
                        if (data83.log_level !== void 0) {
                          let data85 = data83.log_level;
                          const _errs261 = errors;
                          let valid47 = false;
                          const _errs262 = errors;
                          if (typeof data85 !== "string") {
                            const err135 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/logging_config/log_level", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/logging_config/properties/log_level/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.applications.items.properties.deployments.items.properties.logging_config.properties.log_level.anyOf[0].type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.logging_config.properties.log_level.anyOf[0], data: data85 };
                            if (vErrors === null) {
                              vErrors = [err135];
                            } else {
                              vErrors.push(err135);
                            }
                            errors++;
                          }
                          var _valid19 = _errs262 === errors;
                          valid47 = valid47 || _valid19;
                          if (!valid47) {
                            const _errs264 = errors;
                            if (!(typeof data85 == "number" && (!(data85 % 1) && !isNaN(data85)))) {
                              const err136 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/logging_config/log_level", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/logging_config/properties/log_level/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema113.properties.applications.items.properties.deployments.items.properties.logging_config.properties.log_level.anyOf[1].type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.logging_config.properties.log_level.anyOf[1], data: data85 };
                              if (vErrors === null) {
                                vErrors = [err136];
                              } else {
                                vErrors.push(err136);
                              }
                              errors++;
                            }
                            var _valid19 = _errs264 === errors;
                            valid47 = valid47 || _valid19;
                          }
                          if (!valid47) {
                            const err137 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/logging_config/log_level", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/logging_config/properties/log_level/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema113.properties.applications.items.properties.deployments.items.properties.logging_config.properties.log_level.anyOf, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.logging_config.properties.log_level, data: data85 };
                            if (vErrors === null) {
                              vErrors = [err137];
                            } else {
                              vErrors.push(err137);
                            }
                            errors++;
                          } else {
                            errors = _errs261;
                            if (vErrors !== null) {
                              if (_errs261) {
                                vErrors.length = _errs261;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                        }
                        if (data83.logs_dir !== void 0) {
                          let data86 = data83.logs_dir;
                          const _errs267 = errors;
                          let valid48 = true;
                          const _errs268 = errors;
                          if (data86 !== null) {
                            const err138 = {};
                            if (vErrors === null) {
                              vErrors = [err138];
                            } else {
                              vErrors.push(err138);
                            }
                            errors++;
                          }
                          var _valid20 = _errs268 === errors;
                          errors = _errs267;
                          if (vErrors !== null) {
                            if (_errs267) {
                              vErrors.length = _errs267;
                            } else {
                              vErrors = null;
                            }
                          }
                          if (!_valid20) {
                            const _errs270 = errors;
                            if (typeof data86 !== "string") {
                              const err139 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/logging_config/logs_dir", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/logging_config/properties/logs_dir/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.applications.items.properties.deployments.items.properties.logging_config.properties.logs_dir.else.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.logging_config.properties.logs_dir.else, data: data86 };
                              if (vErrors === null) {
                                vErrors = [err139];
                              } else {
                                vErrors.push(err139);
                              }
                              errors++;
                            }
                            var _valid20 = _errs270 === errors;
                            valid48 = _valid20;
                          }
                          if (!valid48) {
                            const err140 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/logging_config/logs_dir", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/logging_config/properties/logs_dir/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema113.properties.applications.items.properties.deployments.items.properties.logging_config.properties.logs_dir.if, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.logging_config.properties.logs_dir, data: data86 };
                            if (vErrors === null) {
                              vErrors = [err140];
                            } else {
                              vErrors.push(err140);
                            }
                            errors++;
                          }
                        }
                        if (data83.enable_access_log !== void 0) {
                          let data87 = data83.enable_access_log;
                          if (typeof data87 !== "boolean") {
                            const err141 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/logging_config/enable_access_log", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/logging_config/properties/enable_access_log/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema113.properties.applications.items.properties.deployments.items.properties.logging_config.properties.enable_access_log.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.logging_config.properties.enable_access_log, data: data87 };
                            if (vErrors === null) {
                              vErrors = [err141];
                            } else {
                              vErrors.push(err141);
                            }
                            errors++;
                          }
                        }
                        if (data83.additional_log_standard_attrs !== void 0) {
                          let data88 = data83.additional_log_standard_attrs;
                          if (Array.isArray(data88)) {
                            const len7 = data88.length;
                            for (let i7 = 0; i7 < len7; i7++) {
                              let data89 = data88[i7];
                              if (typeof data89 !== "string") {
                                const err142 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/logging_config/additional_log_standard_attrs/" + i7, schemaPath: "#/properties/applications/items/properties/deployments/items/properties/logging_config/properties/additional_log_standard_attrs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.applications.items.properties.deployments.items.properties.logging_config.properties.additional_log_standard_attrs.items.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.logging_config.properties.additional_log_standard_attrs.items, data: data89 };
                                if (vErrors === null) {
                                  vErrors = [err142];
                                } else {
                                  vErrors.push(err142);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err143 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/logging_config/additional_log_standard_attrs", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/logging_config/properties/additional_log_standard_attrs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema113.properties.applications.items.properties.deployments.items.properties.logging_config.properties.additional_log_standard_attrs.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.logging_config.properties.additional_log_standard_attrs, data: data88 };
                            if (vErrors === null) {
                              vErrors = [err143];
                            } else {
                              vErrors.push(err143);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err144 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/logging_config", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/logging_config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.applications.items.properties.deployments.items.properties.logging_config.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.logging_config, data: data83 };
                        if (vErrors === null) {
                          vErrors = [err144];
                        } else {
                          vErrors.push(err144);
                        }
                        errors++;
                      }
                    }
                    if (data39.request_router_config !== void 0) {
                      let data90 = data39.request_router_config;
                      if (!(data90 && typeof data90 == "object" && !Array.isArray(data90))) {
                        const err145 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/request_router_config", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/request_router_config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.applications.items.properties.deployments.items.properties.request_router_config.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.request_router_config, data: data90 };
                        if (vErrors === null) {
                          vErrors = [err145];
                        } else {
                          vErrors.push(err145);
                        }
                        errors++;
                      }
                    }
                    if (data39.max_constructor_retry_count !== void 0) {
                      let data91 = data39.max_constructor_retry_count;
                      if (!(typeof data91 == "number" && (!(data91 % 1) && !isNaN(data91)))) {
                        const err146 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/max_constructor_retry_count", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/max_constructor_retry_count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema113.properties.applications.items.properties.deployments.items.properties.max_constructor_retry_count.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.max_constructor_retry_count, data: data91 };
                        if (vErrors === null) {
                          vErrors = [err146];
                        } else {
                          vErrors.push(err146);
                        }
                        errors++;
                      }
                    }
                    if (data39.max_concurrent_queries !== void 0) {
                      let data92 = data39.max_concurrent_queries;
                      if (!(typeof data92 == "number")) {
                        const err147 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/max_concurrent_queries", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/max_concurrent_queries/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema113.properties.applications.items.properties.deployments.items.properties.max_concurrent_queries.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.max_concurrent_queries, data: data92 };
                        if (vErrors === null) {
                          vErrors = [err147];
                        } else {
                          vErrors.push(err147);
                        }
                        errors++;
                      }
                    }
                    if (data39.placement_group_bundles !== void 0) {
                      let data93 = data39.placement_group_bundles;
                      if (Array.isArray(data93)) {
                        const len8 = data93.length;
                        for (let i8 = 0; i8 < len8; i8++) {
                          let data94 = data93[i8];
                          if (!(data94 && typeof data94 == "object" && !Array.isArray(data94))) {
                            const err148 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/placement_group_bundles/" + i8, schemaPath: "#/properties/applications/items/properties/deployments/items/properties/placement_group_bundles/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.applications.items.properties.deployments.items.properties.placement_group_bundles.items.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.placement_group_bundles.items, data: data94 };
                            if (vErrors === null) {
                              vErrors = [err148];
                            } else {
                              vErrors.push(err148);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err149 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/placement_group_bundles", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/placement_group_bundles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema113.properties.applications.items.properties.deployments.items.properties.placement_group_bundles.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.placement_group_bundles, data: data93 };
                        if (vErrors === null) {
                          vErrors = [err149];
                        } else {
                          vErrors.push(err149);
                        }
                        errors++;
                      }
                    }
                    if (data39.placement_group_strategy !== void 0) {
                      let data95 = data39.placement_group_strategy;
                      if (typeof data95 !== "string") {
                        const err150 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/placement_group_strategy", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/placement_group_strategy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.applications.items.properties.deployments.items.properties.placement_group_strategy.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.placement_group_strategy, data: data95 };
                        if (vErrors === null) {
                          vErrors = [err150];
                        } else {
                          vErrors.push(err150);
                        }
                        errors++;
                      }
                      if (!(data95 === "PACK" || data95 === "SPREAD" || data95 === "STRICT_PACK" || data95 === "STRICT_SPREAD")) {
                        const err151 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/placement_group_strategy", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/placement_group_strategy/enum", keyword: "enum", params: { allowedValues: schema113.properties.applications.items.properties.deployments.items.properties.placement_group_strategy.enum }, message: "must be equal to one of the allowed values", schema: schema113.properties.applications.items.properties.deployments.items.properties.placement_group_strategy.enum, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.placement_group_strategy, data: data95 };
                        if (vErrors === null) {
                          vErrors = [err151];
                        } else {
                          vErrors.push(err151);
                        }
                        errors++;
                      }
                    }
                    if (data39.max_replicas_per_node !== void 0) {
                      let data96 = data39.max_replicas_per_node;
                      if (!(typeof data96 == "number" && (!(data96 % 1) && !isNaN(data96)))) {
                        const err152 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/max_replicas_per_node", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/max_replicas_per_node/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema113.properties.applications.items.properties.deployments.items.properties.max_replicas_per_node.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.max_replicas_per_node, data: data96 };
                        if (vErrors === null) {
                          vErrors = [err152];
                        } else {
                          vErrors.push(err152);
                        }
                        errors++;
                      }
                    }
                    if (data39.route_prefix !== void 0) {
                      let data97 = data39.route_prefix;
                      const _errs293 = errors;
                      let valid53 = true;
                      const _errs294 = errors;
                      if (data97 !== null) {
                        const err153 = {};
                        if (vErrors === null) {
                          vErrors = [err153];
                        } else {
                          vErrors.push(err153);
                        }
                        errors++;
                      }
                      var _valid21 = _errs294 === errors;
                      errors = _errs293;
                      if (vErrors !== null) {
                        if (_errs293) {
                          vErrors.length = _errs293;
                        } else {
                          vErrors = null;
                        }
                      }
                      if (!_valid21) {
                        const _errs296 = errors;
                        if (typeof data97 !== "string") {
                          const err154 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/route_prefix", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/route_prefix/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.applications.items.properties.deployments.items.properties.route_prefix.else.type, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.route_prefix.else, data: data97 };
                          if (vErrors === null) {
                            vErrors = [err154];
                          } else {
                            vErrors.push(err154);
                          }
                          errors++;
                        }
                        var _valid21 = _errs296 === errors;
                        valid53 = _valid21;
                      }
                      if (!valid53) {
                        const err155 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4 + "/route_prefix", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/route_prefix/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema113.properties.applications.items.properties.deployments.items.properties.route_prefix.if, parentSchema: schema113.properties.applications.items.properties.deployments.items.properties.route_prefix, data: data97 };
                        if (vErrors === null) {
                          vErrors = [err155];
                        } else {
                          vErrors.push(err155);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err156 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments/" + i4, schemaPath: "#/properties/applications/items/properties/deployments/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.applications.items.properties.deployments.items.type, parentSchema: schema113.properties.applications.items.properties.deployments.items, data: data39 };
                    if (vErrors === null) {
                      vErrors = [err156];
                    } else {
                      vErrors.push(err156);
                    }
                    errors++;
                  }
                }
              } else {
                const err157 = { instancePath: instancePath2 + "/applications/" + i2 + "/deployments", schemaPath: "#/properties/applications/items/properties/deployments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema113.properties.applications.items.properties.deployments.type, parentSchema: schema113.properties.applications.items.properties.deployments, data: data38 };
                if (vErrors === null) {
                  vErrors = [err157];
                } else {
                  vErrors.push(err157);
                }
                errors++;
              }
            }
            if (data25.args !== void 0) {
              let data98 = data25.args;
              if (!(data98 && typeof data98 == "object" && !Array.isArray(data98))) {
                const err158 = { instancePath: instancePath2 + "/applications/" + i2 + "/args", schemaPath: "#/properties/applications/items/properties/args/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.applications.items.properties.args.type, parentSchema: schema113.properties.applications.items.properties.args, data: data98 };
                if (vErrors === null) {
                  vErrors = [err158];
                } else {
                  vErrors.push(err158);
                }
                errors++;
              }
            }
            if (data25.logging_config !== void 0) {
              let data99 = data25.logging_config;
              if (data99 && typeof data99 == "object" && !Array.isArray(data99)) {
                for (const key12 in data99) {
                  if (!(key12 === "encoding" || key12 === "log_level" || key12 === "logs_dir" || key12 === "enable_access_log" || key12 === "additional_log_standard_attrs")) {
                    const err159 = { instancePath: instancePath2 + "/applications/" + i2 + "/logging_config", schemaPath: "#/properties/applications/items/properties/logging_config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113.properties.applications.items.properties.logging_config, data: data99 };
                    if (vErrors === null) {
                      vErrors = [err159];
                    } else {
                      vErrors.push(err159);
                    }
                    errors++;
                  }
                }
                if (data99.encoding !== void 0) {
                  let data100 = data99.encoding;
                  if (typeof data100 !== "string") {
                    const err160 = { instancePath: instancePath2 + "/applications/" + i2 + "/logging_config/encoding", schemaPath: "#/properties/applications/items/properties/logging_config/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.applications.items.properties.logging_config.properties.encoding.type, parentSchema: schema113.properties.applications.items.properties.logging_config.properties.encoding, data: data100 };
                    if (vErrors === null) {
                      vErrors = [err160];
                    } else {
                      vErrors.push(err160);
                    }
                    errors++;
                  }
                  if (!(data100 === "TEXT" || data100 === "JSON")) {
                    const err161 = { instancePath: instancePath2 + "/applications/" + i2 + "/logging_config/encoding", schemaPath: "#/properties/applications/items/properties/logging_config/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema113.properties.applications.items.properties.logging_config.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema113.properties.applications.items.properties.logging_config.properties.encoding.enum, parentSchema: schema113.properties.applications.items.properties.logging_config.properties.encoding, data: data100 };
                    if (vErrors === null) {
                      vErrors = [err161];
                    } else {
                      vErrors.push(err161);
                    }
                    errors++;
                  }
                }
                if (data99.log_level !== void 0) {
                  let data101 = data99.log_level;
                  const _errs306 = errors;
                  let valid55 = false;
                  const _errs307 = errors;
                  if (typeof data101 !== "string") {
                    const err162 = { instancePath: instancePath2 + "/applications/" + i2 + "/logging_config/log_level", schemaPath: "#/properties/applications/items/properties/logging_config/properties/log_level/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.applications.items.properties.logging_config.properties.log_level.anyOf[0].type, parentSchema: schema113.properties.applications.items.properties.logging_config.properties.log_level.anyOf[0], data: data101 };
                    if (vErrors === null) {
                      vErrors = [err162];
                    } else {
                      vErrors.push(err162);
                    }
                    errors++;
                  }
                  var _valid22 = _errs307 === errors;
                  valid55 = valid55 || _valid22;
                  if (!valid55) {
                    const _errs309 = errors;
                    if (!(typeof data101 == "number" && (!(data101 % 1) && !isNaN(data101)))) {
                      const err163 = { instancePath: instancePath2 + "/applications/" + i2 + "/logging_config/log_level", schemaPath: "#/properties/applications/items/properties/logging_config/properties/log_level/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema113.properties.applications.items.properties.logging_config.properties.log_level.anyOf[1].type, parentSchema: schema113.properties.applications.items.properties.logging_config.properties.log_level.anyOf[1], data: data101 };
                      if (vErrors === null) {
                        vErrors = [err163];
                      } else {
                        vErrors.push(err163);
                      }
                      errors++;
                    }
                    var _valid22 = _errs309 === errors;
                    valid55 = valid55 || _valid22;
                  }
                  if (!valid55) {
                    const err164 = { instancePath: instancePath2 + "/applications/" + i2 + "/logging_config/log_level", schemaPath: "#/properties/applications/items/properties/logging_config/properties/log_level/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema113.properties.applications.items.properties.logging_config.properties.log_level.anyOf, parentSchema: schema113.properties.applications.items.properties.logging_config.properties.log_level, data: data101 };
                    if (vErrors === null) {
                      vErrors = [err164];
                    } else {
                      vErrors.push(err164);
                    }
                    errors++;
                  } else {
                    errors = _errs306;
                    if (vErrors !== null) {
                      if (_errs306) {
                        vErrors.length = _errs306;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data99.logs_dir !== void 0) {
                  let data102 = data99.logs_dir;
                  const _errs312 = errors;
                  let valid56 = true;
                  const _errs313 = errors;
                  if (data102 !== null) {
                    const err165 = {};
                    if (vErrors === null) {
                      vErrors = [err165];
                    } else {
                      vErrors.push(err165);
                    }
                    errors++;
                  }
                  var _valid23 = _errs313 === errors;
                  errors = _errs312;
                  if (vErrors !== null) {
                    if (_errs312) {
                      vErrors.length = _errs312;
                    } else {
                      vErrors = null;
                    }
                  }
                  if (!_valid23) {
                    const _errs315 = errors;
                    if (typeof data102 !== "string") {
                      const err166 = { instancePath: instancePath2 + "/applications/" + i2 + "/logging_config/logs_dir", schemaPath: "#/properties/applications/items/properties/logging_config/properties/logs_dir/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.applications.items.properties.logging_config.properties.logs_dir.else.type, parentSchema: schema113.properties.applications.items.properties.logging_config.properties.logs_dir.else, data: data102 };
                      if (vErrors === null) {
                        vErrors = [err166];
                      } else {
                        vErrors.push(err166);
                      }
                      errors++;
                    }
                    var _valid23 = _errs315 === errors;
                    valid56 = _valid23;
                  }
                  if (!valid56) {
                    const err167 = { instancePath: instancePath2 + "/applications/" + i2 + "/logging_config/logs_dir", schemaPath: "#/properties/applications/items/properties/logging_config/properties/logs_dir/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema113.properties.applications.items.properties.logging_config.properties.logs_dir.if, parentSchema: schema113.properties.applications.items.properties.logging_config.properties.logs_dir, data: data102 };
                    if (vErrors === null) {
                      vErrors = [err167];
                    } else {
                      vErrors.push(err167);
                    }
                    errors++;
                  }
                }
                if (data99.enable_access_log !== void 0) {
                  let data103 = data99.enable_access_log;
                  if (typeof data103 !== "boolean") {
                    const err168 = { instancePath: instancePath2 + "/applications/" + i2 + "/logging_config/enable_access_log", schemaPath: "#/properties/applications/items/properties/logging_config/properties/enable_access_log/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema113.properties.applications.items.properties.logging_config.properties.enable_access_log.type, parentSchema: schema113.properties.applications.items.properties.logging_config.properties.enable_access_log, data: data103 };
                    if (vErrors === null) {
                      vErrors = [err168];
                    } else {
                      vErrors.push(err168);
                    }
                    errors++;
                  }
                }
                if (data99.additional_log_standard_attrs !== void 0) {
                  let data104 = data99.additional_log_standard_attrs;
                  if (Array.isArray(data104)) {
                    const len9 = data104.length;
                    for (let i9 = 0; i9 < len9; i9++) {
                      let data105 = data104[i9];
                      if (typeof data105 !== "string") {
                        const err169 = { instancePath: instancePath2 + "/applications/" + i2 + "/logging_config/additional_log_standard_attrs/" + i9, schemaPath: "#/properties/applications/items/properties/logging_config/properties/additional_log_standard_attrs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.applications.items.properties.logging_config.properties.additional_log_standard_attrs.items.type, parentSchema: schema113.properties.applications.items.properties.logging_config.properties.additional_log_standard_attrs.items, data: data105 };
                        if (vErrors === null) {
                          vErrors = [err169];
                        } else {
                          vErrors.push(err169);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err170 = { instancePath: instancePath2 + "/applications/" + i2 + "/logging_config/additional_log_standard_attrs", schemaPath: "#/properties/applications/items/properties/logging_config/properties/additional_log_standard_attrs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema113.properties.applications.items.properties.logging_config.properties.additional_log_standard_attrs.type, parentSchema: schema113.properties.applications.items.properties.logging_config.properties.additional_log_standard_attrs, data: data104 };
                    if (vErrors === null) {
                      vErrors = [err170];
                    } else {
                      vErrors.push(err170);
                    }
                    errors++;
                  }
                }
              } else {
                const err171 = { instancePath: instancePath2 + "/applications/" + i2 + "/logging_config", schemaPath: "#/properties/applications/items/properties/logging_config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.applications.items.properties.logging_config.type, parentSchema: schema113.properties.applications.items.properties.logging_config, data: data99 };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              }
            }
            if (data25.external_scaler_enabled !== void 0) {
              let data106 = data25.external_scaler_enabled;
              if (typeof data106 !== "boolean") {
                const err172 = { instancePath: instancePath2 + "/applications/" + i2 + "/external_scaler_enabled", schemaPath: "#/properties/applications/items/properties/external_scaler_enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema113.properties.applications.items.properties.external_scaler_enabled.type, parentSchema: schema113.properties.applications.items.properties.external_scaler_enabled, data: data106 };
                if (vErrors === null) {
                  vErrors = [err172];
                } else {
                  vErrors.push(err172);
                }
                errors++;
              }
            }
          } else {
            const err173 = { instancePath: instancePath2 + "/applications/" + i2, schemaPath: "#/properties/applications/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.applications.items.type, parentSchema: schema113.properties.applications.items, data: data25 };
            if (vErrors === null) {
              vErrors = [err173];
            } else {
              vErrors.push(err173);
            }
            errors++;
          }
        }
      } else {
        const err174 = { instancePath: instancePath2 + "/applications", schemaPath: "#/properties/applications/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema113.properties.applications.type, parentSchema: schema113.properties.applications, data: data24 };
        if (vErrors === null) {
          vErrors = [err174];
        } else {
          vErrors.push(err174);
        }
        errors++;
      }
    }
    if (data.target_capacity !== void 0) {
      let data107 = data.target_capacity;
      const _errs326 = errors;
      let valid59 = true;
      const _errs327 = errors;
      if (data107 !== null) {
        const err175 = {};
        if (vErrors === null) {
          vErrors = [err175];
        } else {
          vErrors.push(err175);
        }
        errors++;
      }
      var _valid24 = _errs327 === errors;
      errors = _errs326;
      if (vErrors !== null) {
        if (_errs326) {
          vErrors.length = _errs326;
        } else {
          vErrors = null;
        }
      }
      if (!_valid24) {
        const _errs329 = errors;
        if (!(typeof data107 == "number")) {
          const err176 = { instancePath: instancePath2 + "/target_capacity", schemaPath: "#/properties/target_capacity/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema113.properties.target_capacity.else.type, parentSchema: schema113.properties.target_capacity.else, data: data107 };
          if (vErrors === null) {
            vErrors = [err176];
          } else {
            vErrors.push(err176);
          }
          errors++;
        }
        var _valid24 = _errs329 === errors;
        valid59 = _valid24;
      }
      if (!valid59) {
        const err177 = { instancePath: instancePath2 + "/target_capacity", schemaPath: "#/properties/target_capacity/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema113.properties.target_capacity.if, parentSchema: schema113.properties.target_capacity, data: data107 };
        if (vErrors === null) {
          vErrors = [err177];
        } else {
          vErrors.push(err177);
        }
        errors++;
      }
    }
  } else {
    const err178 = { instancePath: instancePath2, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.type, parentSchema: schema113, data };
    if (vErrors === null) {
      vErrors = [err178];
    } else {
      vErrors.push(err178);
    }
    errors++;
  }
  validate103.errors = vErrors;
  return errors === 0;
});

// src/ray/schemas/validators.ts
var validateRayService = validate2;
var validateServeConfig = validate3;
var validateLlmServingArgs = validate;

// src/sanitize/credentials.ts
var TOKEN_PATTERNS = [
  /hf_[A-Za-z0-9]{30,}/g,
  // Hugging Face
  /gh[pousr]_[A-Za-z0-9]{36,}/g,
  // GitHub
  /github_pat_[A-Za-z0-9_]{40,}/g,
  /sk-[A-Za-z0-9_-]{20,}/g,
  // OpenAI-style
  /AKIA[0-9A-Z]{16}/g,
  // AWS access key id
  /xox[abprs]-[A-Za-z0-9-]{10,}/g,
  // Slack
  /glpat-[A-Za-z0-9_-]{20,}/g
  // GitLab
];
function looksLikeRealToken(value) {
  return TOKEN_PATTERNS.some((pattern) => {
    pattern.lastIndex = 0;
    return pattern.test(value);
  });
}
function redactTokens(text) {
  return TOKEN_PATTERNS.reduce((out, pattern) => out.replace(pattern, "***"), text);
}

// src/sanitize/secret-names.ts
var LAST_WORDS = /* @__PURE__ */ new Set([
  "TOKEN",
  "SECRET",
  "PASSWORD",
  "PASSWD",
  "PASSPHRASE",
  "CREDENTIAL",
  "CREDENTIALS",
  "APIKEY"
]);
var PAIRS = [
  "API KEY",
  "ACCESS KEY",
  "SECRET KEY",
  "PRIVATE KEY",
  "AUTH TOKEN",
  "ACCESS TOKEN",
  "SESSION TOKEN",
  "CLIENT SECRET"
];
function nameWords(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").split(/[\s_.\-/]+/).filter(Boolean).map((word) => word.toUpperCase());
}
function isSecretName(name) {
  const words = nameWords(name);
  if (words.length === 0) return false;
  if (LAST_WORDS.has(words[words.length - 1])) return true;
  const joined = ` ${words.join(" ")} `;
  return PAIRS.some((pair) => joined.includes(` ${pair} `));
}

// src/sanitize/text.ts
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
var CONTROL_WITH_NEWLINES = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;
function escapeChar(char) {
  switch (char) {
    case "\n":
      return "\\n";
    case "\r":
      return "\\r";
    default: {
      const code = char.charCodeAt(0);
      return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
    }
  }
}
function defuseCommand(line) {
  return /^\s*::/.test(line) ? `\\${line}` : line;
}
function safeInline(text) {
  return defuseCommand(text.replace(CONTROL_WITH_NEWLINES, escapeChar));
}
function safeLines(text) {
  return text.replace(CONTROL, escapeChar).split("\n").map(defuseCommand).join("\n");
}

// src/sanitize/values.ts
var MAX_SHOWN = 60;
function describeValue(value, key) {
  if (typeof key === "string" && isSecretName(key)) return "(redacted)";
  if (typeof value === "string" && looksLikeRealToken(value)) return "(redacted)";
  let shown2;
  if (typeof value === "string")
    shown2 = JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}\u2026` : value);
  else if (typeof value === "number" || typeof value === "boolean" || value === null) shown2 = String(value);
  else shown2 = Array.isArray(value) ? "a list" : typeof value === "object" ? "a mapping" : typeof value;
  return safeInline(shown2);
}
function secretValuesIn(root) {
  const found = /* @__PURE__ */ new Set();
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
    } else if (typeof node === "object" && node !== null) {
      const entry = node;
      if (typeof entry["name"] === "string" && isSecretName(entry["name"]) && typeof entry["value"] === "string")
        found.add(entry["value"]);
      for (const [key, value] of Object.entries(entry)) {
        if (typeof value === "string" && isSecretName(key)) found.add(value);
        else stack.push(value);
      }
    }
  }
  return [...found].filter((value) => value.trim().length >= 4);
}
function redactValues(text, values) {
  let out = text;
  for (const value of values) out = out.replaceAll(value, "***");
  return redactTokens(out);
}

// src/lint/rules/serve-structure.ts
var routePrefix = {
  meta: {
    id: "route-prefix",
    severity: "error",
    description: 'route_prefix must start with "/", must not end with "/" (unless it is "/") and must not contain "{" or "}".'
  },
  check(target, report) {
    for (const app of target.apps) {
      const prefix = app.routePrefix;
      if (typeof prefix !== "string") continue;
      const problem = !prefix.startsWith("/") ? 'must start with "/"' : prefix.length > 1 && prefix.endsWith("/") ? 'must not end with "/"' : /[{}]/.test(prefix) ? 'must not contain "{" or "}"' : void 0;
      if (problem) {
        report({
          message: `route_prefix "${prefix}" of application "${app.name}" ${problem}; Ray rejects the config.`,
          at: { in: "serve", path: ["applications", app.index, "route_prefix"] },
          hint: `Use "/${prefix.replace(/^\/+|\/+$/g, "").replace(/[{}]/g, "")}".`
        });
      }
    }
  }
};
var uniqueApplications = {
  meta: {
    id: "unique-applications",
    severity: "error",
    description: "Application names must be non-empty and unique, and route prefixes unique."
  },
  check(target, report) {
    const names = /* @__PURE__ */ new Map();
    const prefixes = /* @__PURE__ */ new Map();
    for (const app of target.apps) {
      if (app.name === "") {
        report({
          message: "Application name is empty; Ray rejects the config.",
          at: { in: "serve", path: ["applications", app.index, "name"] },
          hint: "Give the application a name."
        });
      }
      const sameName = names.get(app.name);
      if (sameName !== void 0) {
        report({
          message: `Application name "${app.name}" is used twice (applications[${sameName}] and [${app.index}]); Ray rejects the config.`,
          at: { in: "serve", path: ["applications", app.index, "name"] },
          hint: "Rename one of the applications."
        });
      } else names.set(app.name, app.index);
      const prefix = app.routePrefix === void 0 ? "/" : app.routePrefix;
      if (prefix === null) continue;
      const samePrefix = prefixes.get(prefix);
      if (samePrefix !== void 0) {
        report({
          message: `route_prefix "${prefix}" is used by applications[${samePrefix}] and [${app.index}]; Ray rejects the config.`,
          at: {
            in: "serve",
            path: ["applications", app.index, app.routePrefix === void 0 ? "name" : "route_prefix"]
          },
          hint: 'Give each application its own route_prefix (an omitted one means "/").'
        });
      } else prefixes.set(prefix, app.index);
    }
  }
};
var importPath = {
  meta: {
    id: "import-path",
    severity: "error",
    description: 'import_path must be "module:attribute" or "module.attribute".'
  },
  check(target, report) {
    for (const app of target.apps) {
      const path = app.importPath;
      if (path === void 0) continue;
      const colons = path.split(":").length - 1;
      const bad = colons > 1 || colons === 1 && (path.startsWith(":") || path.endsWith(":")) || colons === 0 && (!path.includes(".") || path.startsWith(".") || path.endsWith(".")) || /\s/.test(path);
      if (bad) {
        report({
          message: `import_path "${path}" of application "${app.name}" is not "module:attribute" or "module.attribute".`,
          at: { in: "serve", path: ["applications", app.index, "import_path"] },
          hint: 'For Ray Serve LLM use "ray.serve.llm:build_openai_app".'
        });
      }
    }
  }
};
var appHostPort = {
  meta: {
    id: "app-host-port",
    severity: "error",
    description: "host and port belong in http_options, not inside an application."
  },
  check(target, report) {
    const apps = list(target.serve?.value["applications"]);
    apps.forEach((app, index) => {
      for (const key of ["host", "port"]) {
        if (dict(app)[key] !== void 0) {
          report({
            message: `"${key}" is set inside application ${index}; Ray rejects it in multi-application configs.`,
            at: { in: "serve", path: ["applications", index, key], part: "key" },
            hint: `Move it to the top-level http_options.${key}.`
          });
        }
      }
    });
  }
};
var REMOTE_URI = /^[a-z][a-z0-9+.-]*:\/\//i;
var runtimeEnvRemoteUri = {
  meta: {
    id: "runtime-env-remote-uri",
    severity: "error",
    description: "runtime_env working_dir and py_modules must be remote URIs in a Serve config."
  },
  check(target, report) {
    list(target.serve?.value["applications"]).forEach((app, index) => {
      const env = dict(dict(app)["runtime_env"]);
      const base = ["applications", index, "runtime_env"];
      const workingDir = stringOr(env["working_dir"], void 0);
      if (workingDir !== void 0 && !REMOTE_URI.test(workingDir)) {
        report({
          message: `runtime_env.working_dir "${workingDir}" is a local path; Serve configs accept only remote URIs.`,
          at: { in: "serve", path: [...base, "working_dir"] },
          hint: "Upload a zip and use its URI (https://\u2026/archive.zip, s3://\u2026, gs://\u2026), or bake the code into the image."
        });
      }
      list(env["py_modules"]).forEach((module2, m) => {
        if (typeof module2 === "string" && !REMOTE_URI.test(module2)) {
          report({
            message: `runtime_env.py_modules entry "${module2}" is a local path; Serve configs accept only remote URIs.`,
            at: { in: "serve", path: [...base, "py_modules", m] },
            hint: "Use a remote URI (https://\u2026/module.zip, s3://\u2026, gs://\u2026)."
          });
        }
      });
    });
  }
};
var duplicateModelId = {
  meta: {
    id: "duplicate-model-id",
    severity: "error",
    description: "Model ids of one build_openai_app must be unique."
  },
  check(target, report) {
    const seen = /* @__PURE__ */ new Map();
    for (const deployment of target.deployments) {
      if (!deployment.llm) continue;
      const key = `${deployment.appIndex}/${deployment.llm.modelId}`;
      if (seen.has(key)) {
        report({
          message: `Model id "${deployment.llm.modelId}" appears twice in application "${deployment.appName}"; Ray rejects duplicate model ids.`,
          at: { in: "serve", path: deployment.llm.modelIdPath },
          hint: "Give each llm_configs entry its own model_id."
        });
      } else seen.set(key, deployment.name);
    }
  }
};

// src/lint/rules/serve-autoscaling.ts
function autoscalingPath(deployment, key) {
  const base = [...deployment.optionsPath, "autoscaling_config"];
  return key === void 0 ? base : [...base, key];
}
function where(deployment, key) {
  if (deployment.autoscaling && key in deployment.autoscaling) return autoscalingPath(deployment, key);
  return deployment.autoscaling ? autoscalingPath(deployment) : deployment.optionsPath;
}
var autoscalingBounds = {
  meta: {
    id: "autoscaling-bounds",
    severity: "error",
    description: "min_replicas \u2264 initial_replicas \u2264 max_replicas, max_replicas \u2265 1, target_ongoing_requests > 0, delays \u2265 0, factors > 0."
  },
  check(target, report) {
    for (const deployment of target.deployments) {
      const user = deployment.autoscaling;
      if (!user) continue;
      const effective = effectiveDeployment(deployment, target.rayVersion).autoscaling;
      if (!effective) continue;
      const label2 = `Deployment "${deployment.name}" (application "${deployment.appName}")`;
      const value = (key) => numberOr(user[key], void 0);
      const fail = (key, message, hint) => report({ message: `${label2}: ${message}`, at: { in: "serve", path: where(deployment, key) }, hint });
      const { minReplicas: min, maxReplicas: max, initialReplicas: initial } = effective;
      const shown2 = (key, n) => value(key) === void 0 ? `${n} (Ray's default)` : String(n);
      if (!Number.isInteger(min) || min < 0)
        fail(
          "min_replicas",
          `min_replicas ${min} must be a whole number \u2265 0.`,
          "Use 0 to allow scale to zero, or 1 or more."
        );
      if (!Number.isInteger(max) || max < 1)
        fail(
          "max_replicas",
          `max_replicas ${max} must be a whole number \u2265 1.`,
          "Set max_replicas to the largest replica count you can afford."
        );
      if (max < min) {
        fail(
          value("max_replicas") === void 0 ? "min_replicas" : "max_replicas",
          `max_replicas ${shown2("max_replicas", max)} is below min_replicas ${shown2("min_replicas", min)}; Ray rejects the config.`,
          "Set max_replicas \u2265 min_replicas."
        );
      }
      if (initial !== void 0 && (initial < min || initial > max)) {
        fail(
          "initial_replicas",
          `initial_replicas ${initial} is outside [min_replicas ${min}, max_replicas ${max}]; Ray rejects the config.`,
          "Set initial_replicas between min_replicas and max_replicas."
        );
      }
      const target_ = value("target_ongoing_requests");
      if (target_ !== void 0 && target_ <= 0)
        fail(
          "target_ongoing_requests",
          `target_ongoing_requests ${target_} must be > 0.`,
          "A small positive number such as 1 scales eagerly."
        );
      for (const key of ["upscale_delay_s", "downscale_delay_s", "downscale_to_zero_delay_s"]) {
        const delay = value(key);
        if (delay !== void 0 && delay < 0) fail(key, `${key} ${delay} must be \u2265 0.`, "Use 0 for no delay.");
      }
      for (const key of [
        "look_back_period_s",
        "metrics_interval_s",
        "upscaling_factor",
        "downscaling_factor",
        "smoothing_factor",
        "upscale_smoothing_factor",
        "downscale_smoothing_factor"
      ]) {
        const n = value(key);
        if (n !== void 0 && n <= 0)
          fail(key, `${key} ${n} must be > 0.`, "Use a positive number (1 is the default).");
      }
    }
  }
};
var numReplicasWithAutoscaling = {
  meta: {
    id: "num-replicas-with-autoscaling",
    severity: "error",
    description: 'A fixed num_replicas cannot be combined with autoscaling_config; num_replicas must be \u2265 1 or "auto".'
  },
  check(target, report) {
    for (const deployment of target.deployments) {
      const n = deployment.numReplicas;
      if (typeof n === "number" && deployment.autoscaling) {
        report({
          message: `Deployment "${deployment.name}": num_replicas ${n} is set together with autoscaling_config; Ray rejects the config ("Manually setting num_replicas is not allowed when autoscaling_config is provided").`,
          at: { in: "serve", path: [...deployment.optionsPath, "num_replicas"] },
          hint: 'Remove num_replicas, or set it to "auto".'
        });
      } else if (typeof n === "number" && (!Number.isInteger(n) || n < 1)) {
        report({
          message: `Deployment "${deployment.name}": num_replicas ${n} must be a whole number \u2265 1 or "auto".`,
          at: { in: "serve", path: [...deployment.optionsPath, "num_replicas"] },
          hint: "Use autoscaling_config with min_replicas: 0 to scale to zero."
        });
      }
    }
  }
};
var maxOngoingBelowTarget = {
  meta: {
    id: "max-ongoing-below-target",
    severity: "warning",
    description: "max_ongoing_requests below target_ongoing_requests keeps replicas from ever reaching the target."
  },
  check(target, report) {
    for (const deployment of target.deployments) {
      const effective = effectiveDeployment(deployment, target.rayVersion);
      const max = effective.maxOngoingRequests;
      const goal = effective.autoscaling?.targetOngoingRequests;
      if (effective.mode !== "autoscaling" || max === void 0 || goal === void 0 || max >= goal) continue;
      report({
        message: `Deployment "${deployment.name}": max_ongoing_requests ${max} is below target_ongoing_requests ${goal}; a replica can never hold its target load, so requests queue in the proxy and scaling reacts to queueing instead.`,
        at: {
          in: "serve",
          path: deployment.maxOngoingRequests !== void 0 ? [...deployment.optionsPath, "max_ongoing_requests"] : where(deployment, "target_ongoing_requests")
        },
        hint: `Set max_ongoing_requests to at least ${Math.ceil(goal)} (a common choice is 2\u20134 \xD7 the target).`
      });
    }
  }
};
var DEPRECATED_AUTOSCALING = {
  target_num_ongoing_requests_per_replica: "was renamed target_ongoing_requests in Ray 2.10 and is ignored by current Ray: the deployment runs with the default target",
  smoothing_factor: "is deprecated; use upscaling_factor and downscaling_factor",
  upscale_smoothing_factor: "is deprecated; use upscaling_factor",
  downscale_smoothing_factor: "is deprecated; use downscaling_factor",
  metrics_interval_s: "is deprecated and will be removed; Ray pushes metrics on its own interval"
};
var RENAMES = {
  target_num_ongoing_requests_per_replica: "target_ongoing_requests",
  smoothing_factor: "upscaling_factor / downscaling_factor",
  upscale_smoothing_factor: "upscaling_factor",
  downscale_smoothing_factor: "downscaling_factor",
  max_concurrent_queries: "max_ongoing_requests"
};
var deprecatedServeKey = {
  meta: {
    id: "deprecated-serve-key",
    severity: "warning",
    description: "Deprecated or renamed Serve options (target_num_ongoing_requests_per_replica, max_concurrent_queries, *smoothing_factor, metrics_interval_s)."
  },
  check(target, report) {
    const before210 = target.rayVersion !== void 0 && !atLeast(target.rayVersion, "2.10.0");
    for (const deployment of target.deployments) {
      for (const [key, why] of Object.entries(DEPRECATED_AUTOSCALING)) {
        if (!deployment.autoscaling || !(key in deployment.autoscaling)) continue;
        if (before210) continue;
        if (key === "metrics_interval_s" && deployment.autoscaling[key] === 10) continue;
        report({
          message: `Deployment "${deployment.name}": autoscaling_config.${key} ${why}.`,
          at: { in: "serve", path: autoscalingPath(deployment, key), part: "key" },
          hint: RENAMES[key] ? `Use ${RENAMES[key]}.` : "Remove it."
        });
      }
      if ("max_concurrent_queries" in deployment.options && !before210) {
        report({
          message: `Deployment "${deployment.name}": max_concurrent_queries was renamed max_ongoing_requests in Ray 2.10; current Ray ignores it and uses the default.`,
          at: { in: "serve", path: [...deployment.optionsPath, "max_concurrent_queries"], part: "key" },
          hint: "Use max_ongoing_requests."
        });
      }
    }
  }
};
var llmAutoscalingDefault = {
  meta: {
    id: "llm-autoscaling-default",
    severity: "warning",
    description: "A ray.serve.llm model without an explicit target_ongoing_requests relies on defaults that changed in Ray 2.48 (from then on it never scales)."
  },
  check(target, report) {
    for (const deployment of target.deployments) {
      if (deployment.kind !== "llm" || typeof deployment.numReplicas === "number") continue;
      if (deployment.autoscaling && "target_ongoing_requests" in deployment.autoscaling) continue;
      const effective = effectiveDeployment(deployment, target.rayVersion).autoscaling;
      const version = target.rayVersion ? `Ray ${target.rayVersion.text}` : "this Ray version (rayVersion is not set)";
      let message;
      if (deployment.autoscaling) {
        message = `Deployment "${deployment.name}": autoscaling_config has no target_ongoing_requests; it replaces the LLM defaults wholesale, so ${version} uses Serve's default target of ${effective?.targetOngoingRequests ?? 2}.`;
      } else if (effective && effective.targetOngoingRequests >= LLM_UNBOUNDED) {
        message = `Deployment "${deployment.name}": no autoscaling_config; from Ray 2.48 the LLM deployment's default target_ongoing_requests is ${LLM_UNBOUNDED.toExponential()} and it never scales up on ${version}.`;
      } else {
        message = `Deployment "${deployment.name}": no autoscaling_config; ${version} uses the LLM default target_ongoing_requests ${effective?.targetOngoingRequests ?? 10}, and from Ray 2.48 the default stops scaling altogether.`;
      }
      report({
        message,
        at: {
          in: "serve",
          path: deployment.autoscaling ? autoscalingPath(deployment) : deployment.llm?.configPath ?? deployment.optionsPath
        },
        hint: "Set deployment_config.autoscaling_config with min_replicas, max_replicas and target_ongoing_requests."
      });
    }
  }
};
var VERSION_GATED = [
  { scope: "autoscaling", key: "downscale_to_zero_delay_s", since: "2.50.0" },
  { scope: "autoscaling", key: "policy", since: "2.50.0" },
  { scope: "autoscaling", key: "prometheus_metrics", since: "2.50.0" },
  { scope: "autoscaling", key: "aggregation_function", since: "2.55.0" },
  { scope: "options", key: "request_router_config", since: "2.46.0" },
  { scope: "llm-args", key: "ingress_cls_config", since: "2.50.0" },
  { scope: "llm-args", key: "ingress_deployment_config", since: "2.50.0" },
  { scope: "llm-config", key: "placement_group_config", since: "2.50.0" }
];
function gatedIn(target, scope, visit3) {
  for (const deployment of target.deployments) {
    if (scope === "autoscaling" && deployment.autoscaling) visit3(autoscalingPath(deployment));
    if (scope === "options") visit3(deployment.optionsPath);
    if (scope === "llm-config" && deployment.llm) visit3(deployment.llm.configPath);
  }
  if (scope === "llm-args") {
    for (const app of target.apps) if (app.isLlm) visit3(["applications", app.index, "args"]);
  }
}
var versionGatedKey = {
  meta: {
    id: "version-gated-key",
    severity: "warning",
    description: "Serve options that the rayVersion in use does not know yet (it drops them silently)."
  },
  check(target, report) {
    const version = target.rayVersion;
    if (!version) return;
    for (const gate of VERSION_GATED) {
      if (atLeast(version, gate.since)) continue;
      gatedIn(target, gate.scope, (path) => {
        if (!(gate.key in dict(valueAt(target.serve?.value, path)))) return;
        const since2 = gate.since.replace(/\.0$/, "");
        report({
          message: `${gate.key} needs Ray ${since2} or later; rayVersion ${version.text} ignores it.`,
          at: { in: "serve", path: [...path, gate.key], part: "key" },
          hint: `Upgrade rayVersion and the image to ${since2}+, or remove ${gate.key}.`
        });
      });
    }
  }
};

// src/lint/target.ts
var SERVE_CONFIG_PATH = ["spec", "serveConfigV2"];
var CLUSTER_PATH = ["spec", "rayClusterConfig"];
function buildTarget(file, manifest, serveSource) {
  const resource = dict(manifest.value);
  const spec = dict(resource["spec"]);
  const cluster = dict(spec["rayClusterConfig"]);
  const serveValue = serveSource?.value;
  const serve = serveSource && serveSource.problems.length === 0 && typeof serveValue === "object" && serveValue !== null && !Array.isArray(serveValue) ? { source: serveSource, value: serveValue } : void 0;
  const rayVersionText = stringOr(cluster["rayVersion"], void 0);
  return {
    file,
    manifest,
    resource,
    serve,
    rayVersion: rayVersionText === void 0 ? void 0 : parseRayVersion(rayVersionText),
    groups: rayGroups(cluster, CLUSTER_PATH),
    apps: serve ? serveApps(serve.value) : [],
    deployments: serve ? serveDeployments(serve.value) : []
  };
}

// src/lint/rules/gpu.ts
function gpuDemands(target) {
  const demands = [];
  for (const deployment of target.deployments) {
    const gpus = deployment.gpusPerReplica;
    if (gpus === void 0 || gpus <= 0) continue;
    const effective = effectiveDeployment(deployment, target.rayVersion);
    if (effective.mode === "fixed" && effective.fixedReplicas !== void 0) {
      demands.push({
        deployment,
        gpusPerReplica: gpus,
        replicas: effective.fixedReplicas,
        countPath: [...deployment.optionsPath, "num_replicas"],
        countSource: "num_replicas"
      });
    } else if (effective.autoscaling) {
      const explicit = deployment.autoscaling && "max_replicas" in deployment.autoscaling;
      demands.push({
        deployment,
        gpusPerReplica: gpus,
        replicas: effective.autoscaling.maxReplicas,
        countPath: explicit ? [...deployment.optionsPath, "autoscaling_config", "max_replicas"] : deployment.llm?.configPath ?? deployment.optionsPath,
        countSource: explicit ? "max_replicas" : `max_replicas (Ray's default ${effective.autoscaling.maxReplicas})`
      });
    }
  }
  return demands;
}
function describeGroups(groups, pods) {
  return groups.filter((g) => g.gpusPerPod > 0).map((g) => `${g.name}: ${pods(g)} pod(s) \xD7 ${g.gpusPerPod} GPU`).join(", ");
}
var gpuCapacity = {
  meta: {
    id: "gpu-capacity",
    severity: "error",
    description: "Serve's max replicas \xD7 GPUs per replica must fit what the worker groups can ever offer (maxReplicas \xD7 numOfHosts \xD7 GPUs per pod)."
  },
  check(target, report) {
    const demands = gpuDemands(target);
    const gpuGroups = target.groups.filter((g) => g.gpusPerPod > 0);
    for (const demand of demands) {
      const slots = target.groups.reduce((sum, g) => sum + replicaSlots(g, demand.gpusPerReplica), 0);
      const fitsOnePod = gpuGroups.some((g) => g.gpusPerPod >= demand.gpusPerReplica);
      if (gpuGroups.length === 0) {
        report({
          message: `Deployment "${demand.deployment.name}" needs ${demand.gpusPerReplica} GPU(s) per replica, but no head or worker group offers GPUs: no replica can ever be placed.`,
          at: { in: "serve", path: demand.countPath },
          hint: "Add a worker group whose container has an nvidia.com/gpu limit (and matching num-gpus)."
        });
        continue;
      }
      if (!fitsOnePod || demand.replicas <= slots) continue;
      report({
        message: `Deployment "${demand.deployment.name}": ${demand.countSource} ${demand.replicas} \xD7 ${demand.gpusPerReplica} GPU(s) per replica needs ${demand.replicas * demand.gpusPerReplica} GPUs, but the cluster can offer at most ${slots} such replica(s) (${describeGroups(target.groups, (g) => g.maxReplicas * g.numOfHosts)}): replicas beyond ${slots} can never be placed.`,
        at: { in: "serve", path: demand.countPath },
        hint: `Lower ${demand.countSource.split(" ")[0]} to ${slots}, or raise the GPU worker group's maxReplicas.`
      });
    }
    if (demands.length > 1) {
      const needed = demands.reduce((sum, d) => sum + d.replicas * d.gpusPerReplica, 0);
      const offered = target.groups.reduce((sum, g) => sum + g.maxReplicas * g.numOfHosts * g.gpusPerPod, 0);
      if (needed > offered) {
        const last = demands[demands.length - 1];
        report({
          message: `Together the GPU deployments may scale to ${needed} GPUs (${demands.map((d) => `${d.deployment.name}: ${d.replicas} \xD7 ${d.gpusPerReplica}`).join(", ")}), but the cluster offers at most ${offered}.`,
          at: { in: "serve", path: last.countPath },
          hint: "Lower the max_replicas values or raise the GPU worker groups' maxReplicas."
        });
      }
    }
  }
};
var tensorParallelFit = {
  meta: {
    id: "tensor-parallel-fit",
    severity: "error",
    description: "tensor_parallel_size must not exceed the GPUs of one worker pod (the engine packs its GPUs onto one node)."
  },
  check(target, report) {
    const largest = Math.max(0, ...target.groups.map((g) => g.gpusPerPod));
    if (largest === 0) return;
    for (const deployment of target.deployments) {
      const tp = deployment.llm?.tensorParallel;
      if (tp === void 0 || tp <= largest) continue;
      report({
        message: `Deployment "${deployment.name}": tensor_parallel_size ${tp} needs ${tp} GPUs on one node, but the largest pod offers ${largest}; the replica's placement group can never be scheduled.`,
        at: {
          in: "serve",
          path: [...deployment.llm?.configPath ?? deployment.optionsPath, "engine_kwargs", "tensor_parallel_size"]
        },
        hint: `Use a worker group with ${tp} GPUs per pod (nvidia.com/gpu: ${tp}, num-gpus: "${tp}"), or lower tensor_parallel_size.`
      });
    }
  }
};
var numGpusMismatch = {
  meta: {
    id: "num-gpus-mismatch",
    severity: "error",
    description: "rayStartParams num-gpus must match the container's GPU limit."
  },
  check(target, report) {
    for (const group2 of target.groups) {
      const raw = group2.rayStartParams["num-gpus"];
      if (raw === void 0) continue;
      const declared = Number(raw);
      if (!Number.isFinite(declared)) continue;
      const at = { in: "manifest", path: [...group2.path, "rayStartParams", "num-gpus"] };
      if (!group2.gpuLimit) {
        if (declared > 0) {
          report({
            message: `Group "${group2.name}" tells Ray it has ${declared} GPU(s) (num-gpus) but its container has no GPU limit: Kubernetes gives the pod no GPU and replicas placed there fail.`,
            at,
            hint: `Add resources.limits nvidia.com/gpu: ${declared} to the group's first container, or remove num-gpus.`
          });
        }
        continue;
      }
      if (declared !== group2.gpuLimit.count) {
        report({
          message: `Group "${group2.name}": num-gpus "${raw}" does not match the container's ${group2.gpuLimit.key} limit ${group2.gpuLimit.count}; Ray schedules by num-gpus, so ${declared > group2.gpuLimit.count ? "replicas land on GPUs that do not exist" : "GPUs the pod holds stay unused"}.`,
          at,
          hint: `Set num-gpus: "${group2.gpuLimit.count}", or remove it and let KubeRay derive it from the limit.`,
          severity: declared > group2.gpuLimit.count ? "error" : "warning"
        });
      }
    }
  }
};
var fractionalRayResource = {
  meta: {
    id: "fractional-ray-resource",
    severity: "error",
    description: "num-cpus and num-gpus in rayStartParams must be whole numbers: the Ray autoscaler parses them with int()."
  },
  check(target, report) {
    const autoscaling = target.resource.spec?.rayClusterConfig?.enableInTreeAutoscaling === true;
    for (const group2 of target.groups) {
      for (const key of ["num-cpus", "num-gpus"]) {
        const raw = group2.rayStartParams[key];
        if (raw === void 0) continue;
        if (/^\s*\d+\s*$/.test(String(raw))) continue;
        report({
          message: `Group "${group2.name}": ${key} "${String(raw)}" is not a whole number; the Ray autoscaler reads it with int() and fails to build its config.`,
          at: { in: "manifest", path: [...group2.path, "rayStartParams", key] },
          hint: `Use a whole number in quotes, e.g. ${key}: "1"; put fractional GPUs in ray_actor_options.num_gpus instead.`,
          severity: autoscaling ? "error" : "warning"
        });
      }
    }
  }
};
var autoscalerDisabled = {
  meta: {
    id: "autoscaler-disabled",
    severity: "error",
    description: "Serve may scale past what the fixed worker pods hold while the in-tree autoscaler is off: those replicas pend forever."
  },
  check(target, report) {
    const cluster = target.resource.spec?.rayClusterConfig;
    if (!cluster || cluster["enableInTreeAutoscaling"] === true) return;
    const canGrow = target.groups.some((g) => g.kind === "worker" && g.maxReplicas > g.replicas && g.gpusPerPod > 0);
    if (!canGrow) return;
    for (const demand of gpuDemands(target)) {
      const staticSlots = target.groups.reduce(
        (sum, g) => sum + replicaSlots(g, demand.gpusPerReplica, g.replicas * g.numOfHosts),
        0
      );
      if (demand.replicas <= staticSlots) continue;
      const located = "enableInTreeAutoscaling" in cluster ? [...CLUSTER_PATH, "enableInTreeAutoscaling"] : CLUSTER_PATH;
      report({
        message: `Deployment "${demand.deployment.name}" may scale to ${demand.replicas} replica(s), but with enableInTreeAutoscaling off the cluster keeps its ${describeGroups(target.groups, (g) => g.replicas * g.numOfHosts)}: replicas beyond ${staticSlots} pend forever.`,
        at: { in: "manifest", path: located, part: "enableInTreeAutoscaling" in cluster ? "value" : "key" },
        hint: "Set spec.rayClusterConfig.enableInTreeAutoscaling: true."
      });
    }
  }
};
var maxReplicasPerNodeAutoscaler = {
  meta: {
    id: "max-replicas-per-node-autoscaler",
    severity: "warning",
    description: "max_replicas_per_node asks for an internal resource the Ray autoscaler cannot map to a node type (ray#48471)."
  },
  check(target, report) {
    const autoscaling = target.resource.spec?.rayClusterConfig?.enableInTreeAutoscaling === true;
    if (!autoscaling) return;
    for (const deployment of target.deployments) {
      if (!("max_replicas_per_node" in deployment.options)) continue;
      report({
        message: `Deployment "${deployment.name}": max_replicas_per_node makes each replica request a per-node resource that the Ray autoscaler cannot map to any worker group, so replicas beyond the current nodes can stay pending (ray-project/ray#48471).`,
        at: { in: "serve", path: [...deployment.optionsPath, "max_replicas_per_node"], part: "key" },
        hint: "Remove max_replicas_per_node, or size the worker groups so every replica fits without new nodes."
      });
    }
  }
};

// src/lint/rules/cluster.ts
var workerGroupBounds = {
  meta: {
    id: "worker-group-bounds",
    severity: "error",
    description: "Worker groups need 0 \u2264 minReplicas \u2264 replicas \u2264 maxReplicas and numOfHosts \u2265 1."
  },
  check(target, report) {
    list(dict(dict(target.resource["spec"])["rayClusterConfig"])["workerGroupSpecs"]).forEach((raw, index) => {
      const group2 = dict(raw);
      const name = stringOr(group2["groupName"], `#${index}`);
      const path = [...CLUSTER_PATH, "workerGroupSpecs", index];
      const n = (key) => typeof group2[key] === "number" ? group2[key] : void 0;
      const min = n("minReplicas");
      const max = n("maxReplicas");
      const replicas = n("replicas");
      for (const [key, value] of [
        ["minReplicas", min],
        ["maxReplicas", max],
        ["replicas", replicas]
      ]) {
        if (value !== void 0 && value < 0) {
          report({
            message: `Group "${name}": ${key} ${value} must be \u2265 0.`,
            at: { in: "manifest", path: [...path, key] },
            hint: `Set ${key} to 0 or more.`
          });
        }
      }
      if (min !== void 0 && max !== void 0 && min > max) {
        report({
          message: `Group "${name}": minReplicas ${min} is above maxReplicas ${max}; KubeRay rejects the RayCluster.`,
          at: { in: "manifest", path: [...path, "minReplicas"] },
          hint: "Set minReplicas \u2264 maxReplicas."
        });
      }
      if (replicas !== void 0 && (min !== void 0 && replicas < min || max !== void 0 && replicas > max)) {
        report({
          message: `Group "${name}": replicas ${replicas} is outside [minReplicas ${min ?? 0}, maxReplicas ${max ?? "\u221E"}]; KubeRay clamps it, so the cluster starts with a different size than written.`,
          at: { in: "manifest", path: [...path, "replicas"] },
          hint: "Set replicas within the bounds, or leave it out (it starts at minReplicas).",
          severity: "warning"
        });
      }
      const hosts = n("numOfHosts");
      if (hosts !== void 0 && hosts < 1) {
        report({
          message: `Group "${name}": numOfHosts ${hosts} must be \u2265 1.`,
          at: { in: "manifest", path: [...path, "numOfHosts"] },
          hint: "Use 1 unless the group runs multi-host TPUs."
        });
      }
    });
  }
};
function images(target, cluster) {
  const found = [];
  for (const group2 of target.groups) {
    if (group2.image)
      found.push({ where: `group "${group2.name}"`, image: group2.image, path: [...group2.containerPath, "image"] });
  }
  const autoscalerImage = stringOr(dict(cluster["autoscalerOptions"])["image"], void 0);
  if (autoscalerImage)
    found.push({
      where: "autoscalerOptions",
      image: autoscalerImage,
      path: [...CLUSTER_PATH, "autoscalerOptions", "image"]
    });
  return found;
}
var rayVersionImage = {
  meta: {
    id: "ray-version-image",
    severity: "error",
    description: "rayVersion must match the Ray version in the rayproject/ray, ray-ml and ray-llm image tags."
  },
  check(target, report) {
    const cluster = dict(dict(target.resource["spec"])["rayClusterConfig"]);
    const raw = cluster["rayVersion"];
    const declared = typeof raw === "string" ? parseRayVersion(raw) : void 0;
    if (typeof raw === "string" && declared === void 0) {
      report({
        message: `rayVersion "${raw}" is not a version number.`,
        at: { in: "manifest", path: [...CLUSTER_PATH, "rayVersion"] },
        hint: "Write it like '2.47.1'."
      });
      return;
    }
    const tagged = images(target, cluster).flatMap((entry) => {
      const version = rayVersionOfImage(entry.image);
      return version === void 0 || version === "unversioned" ? [] : [{ ...entry, version }];
    });
    if (declared === void 0) {
      const first = tagged[0];
      if (first && raw === void 0) {
        const v = `${first.version.major}.${first.version.minor}.${first.version.patch}`;
        report({
          message: `rayVersion is not set; KubeRay uses it to pick health probes and features, and rayservice-ci to pick Ray's autoscaling behaviour. The images run Ray ${v}.`,
          at: { in: "manifest", path: CLUSTER_PATH, part: "key" },
          hint: `Add rayVersion: '${v}' under rayClusterConfig.`,
          severity: "warning"
        });
      }
      return;
    }
    for (const entry of tagged) {
      const v = entry.version;
      if (v.major === declared.major && v.minor === declared.minor && v.patch === declared.patch) continue;
      report({
        message: `${entry.where} runs image ${entry.image} (Ray ${v.major}.${v.minor}.${v.patch}) but rayVersion is ${declared.text}; KubeRay picks probes and features by rayVersion, so a mismatch can leave pods never Ready.`,
        at: { in: "manifest", path: entry.path },
        hint: `Use the same version in both places (rayVersion: '${v.major}.${v.minor}.${v.patch}' or an image tagged ${declared.text}).`
      });
    }
  }
};
var rayServiceName = {
  meta: {
    id: "rayservice-name",
    severity: "error",
    description: `The RayService name must be a DNS-1035 label of at most ${MAX_RAYSERVICE_NAME} characters.`
  },
  check(target, report) {
    const name = dict(target.resource["metadata"])["name"];
    if (typeof name !== "string") return;
    const at = { in: "manifest", path: ["metadata", "name"] };
    if (name.length > MAX_RAYSERVICE_NAME) {
      report({
        message: `RayService name "${name}" has ${name.length} characters; KubeRay allows at most ${MAX_RAYSERVICE_NAME}.`,
        at,
        hint: `Shorten it to ${MAX_RAYSERVICE_NAME} characters or fewer.`
      });
    }
    if (!DNS_1035_LABEL.test(name)) {
      report({
        message: `RayService name "${name}" is not a DNS-1035 label (lowercase letters, digits and "-", starting with a letter, ending with a letter or digit).`,
        at,
        hint: `Try "${name.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^[^a-z]+/, "").replace(/-+$/, "") || "rayservice"}".`
      });
    }
  }
};
var initializingTimeout = {
  meta: {
    id: "initializing-timeout",
    severity: "error",
    description: `The ${INITIALIZING_TIMEOUT_ANNOTATION} annotation must be a positive Go duration (20m, 1h30m) or whole seconds.`
  },
  check(target, report) {
    const value = dict(dict(target.resource["metadata"])["annotations"])[INITIALIZING_TIMEOUT_ANNOTATION];
    if (value === void 0 || value === "") return;
    const at = { in: "manifest", path: ["metadata", "annotations", INITIALIZING_TIMEOUT_ANNOTATION] };
    const timeout = typeof value === "string" ? initializingTimeoutOf(value) : { problem: "format" };
    if ("problem" in timeout && timeout.problem === "format") {
      report({
        message: `${INITIALIZING_TIMEOUT_ANNOTATION} "${String(value)}" is neither a Go duration nor whole seconds; KubeRay marks the RayService Ready=False (ValidationFailed) and never starts it.`,
        at,
        hint: 'Write a Go duration such as "20m" or "1h30m" (units h, m, s, ms; no "d"), or seconds such as "1200", as a quoted string.'
      });
    } else if ("problem" in timeout) {
      report({
        message: `${INITIALIZING_TIMEOUT_ANNOTATION} "${String(value)}" is not positive; KubeRay refuses it and never starts the RayService.`,
        at,
        hint: 'Give a timeout above zero, e.g. "20m", or remove the annotation.'
      });
    }
  }
};
var deprecatedRayServiceField = {
  meta: {
    id: "deprecated-rayservice-field",
    severity: "warning",
    description: "RayService fields KubeRay no longer reads (serviceUnhealthySecondThreshold, deploymentUnhealthySecondThreshold) and the deprecated ray.io/v1alpha1 API."
  },
  check(target, report) {
    const spec = dict(target.resource["spec"]);
    for (const key of ["serviceUnhealthySecondThreshold", "deploymentUnhealthySecondThreshold"]) {
      if (key in spec) {
        report({
          message: `spec.${key} has had no effect since KubeRay 1.1.`,
          at: { in: "manifest", path: ["spec", key], part: "key" },
          hint: "Remove it; use the ray.io/initializing-timeout annotation (KubeRay 1.5+) to bound start-up."
        });
      }
    }
    if (target.resource["apiVersion"] === "ray.io/v1alpha1") {
      report({
        message: "apiVersion ray.io/v1alpha1 is deprecated.",
        at: { in: "manifest", path: ["apiVersion"] },
        hint: "Use apiVersion: ray.io/v1."
      });
    }
  }
};
var serveConfigMissing = {
  meta: {
    id: "serve-config-missing",
    severity: "warning",
    description: "A RayService without serveConfigV2 deploys no Serve application."
  },
  check(target, report) {
    if (dict(target.resource["spec"])["serveConfigV2"] === void 0 && target.resource["spec"] !== void 0) {
      report({
        message: "spec.serveConfigV2 is not set: the cluster starts but serves nothing, and the RayService never becomes Ready.",
        at: { in: "manifest", path: ["spec"], part: "key" },
        hint: "Add serveConfigV2: | with an applications: list."
      });
    }
  }
};
var servePortMissing = {
  meta: {
    id: "serve-port-missing",
    severity: "error",
    description: 'A head container that declares ports needs one named "serve" (or spec.serveService), or KubeRay never creates the serve Service.'
  },
  check(target, report) {
    const spec = dict(target.resource["spec"]);
    if (spec["serveService"] !== void 0) return;
    const head = target.groups.find((g) => g.kind === "head");
    if (!head) return;
    const container = dict(
      list(dict(dict(dict(dict(spec["rayClusterConfig"])["headGroupSpec"])["template"])["spec"])["containers"])[0]
    );
    const ports = list(container["ports"]).map(dict);
    if (!ports.length || ports.some((p) => p["name"] === "serve" || String(p["name"] ?? "").startsWith("serve-")))
      return;
    report({
      message: `The head container declares ports but none named "serve": KubeRay takes the serve Service's ports from it, so <name>-serve-svc is never created and the RayService never serves (kuberay common/service.go).`,
      at: { in: "manifest", path: [...head.containerPath, "ports"], part: "key" },
      hint: "Add - containerPort: 8000, name: serve to the head container's ports (or remove ports to get KubeRay's defaults)."
    });
  }
};

// src/lint/rules/secrets.ts
var SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL)/i;
function containerEnvValues(resource) {
  const found = [];
  const cluster = dict(dict(resource["spec"])["rayClusterConfig"]);
  const templates = [
    {
      path: [...CLUSTER_PATH, "headGroupSpec", "template", "spec"],
      spec: dict(dict(cluster["headGroupSpec"])["template"])["spec"]
    },
    ...list(cluster["workerGroupSpecs"]).map((group2, i) => ({
      path: [...CLUSTER_PATH, "workerGroupSpecs", i, "template", "spec"],
      spec: dict(dict(group2)["template"])["spec"]
    }))
  ];
  for (const template of templates) {
    for (const kind of ["containers", "initContainers"]) {
      list(dict(template.spec)[kind]).forEach((container, c) => {
        list(dict(container)["env"]).forEach((env, e) => {
          const entry = dict(env);
          if (typeof entry["name"] === "string" && typeof entry["value"] === "string") {
            found.push({
              name: entry["name"],
              value: entry["value"],
              in: "manifest",
              path: [...template.path, kind, c, "env", e, "value"],
              context: "container env"
            });
          }
        });
      });
    }
  }
  list(dict(cluster["autoscalerOptions"])["env"]).forEach((env, e) => {
    const entry = dict(env);
    if (typeof entry["name"] === "string" && typeof entry["value"] === "string") {
      found.push({
        name: entry["name"],
        value: entry["value"],
        in: "manifest",
        path: [...CLUSTER_PATH, "autoscalerOptions", "env", e, "value"],
        context: "autoscaler env"
      });
    }
  });
  return found;
}
function serveEnvValues(serve) {
  const found = [];
  for (const path of runtimeEnvPaths(serve)) {
    for (const [name, value] of Object.entries(dict(dict(valueAt(serve, path))["env_vars"]))) {
      if (typeof value === "string")
        found.push({ name, value, in: "serve", path: [...path, "env_vars", name], context: "runtime_env.env_vars" });
    }
  }
  return found;
}
var plaintextSecret = {
  meta: {
    id: "plaintext-secret",
    severity: "warning",
    description: "Credentials written into the manifest (env or env_vars named *TOKEN*, *KEY*, *SECRET*, *PASSWORD*); an error when the value looks like a real token."
  },
  check(target, report) {
    const values = [...containerEnvValues(target.resource), ...serveEnvValues(target.serve?.value)];
    for (const entry of values) {
      const real = looksLikeRealToken(entry.value);
      if (!real && (!SECRET_NAME.test(entry.name) || entry.value.trim() === "")) continue;
      const hint = entry.in === "serve" ? `Keep it in a Kubernetes Secret and inject it as a container env var with valueFrom.secretKeyRef (Ray workers inherit it); \`rayservice-ci render --secret-env ${entry.name}=SECRET/KEY\` does this for a test run.` : "Use valueFrom.secretKeyRef with a Kubernetes Secret instead of value.";
      report({
        message: real ? `${entry.name} in ${entry.context} holds what looks like a real credential, in plain text in the manifest (value not shown). Revoke it and move it to a Secret.` : `${entry.name} in ${entry.context} is a credential written in plain text in the manifest.`,
        at: { in: entry.in, path: entry.path },
        hint,
        severity: real ? "error" : "warning"
      });
    }
  }
};

// src/lint/rules/index.ts
var RULES = [
  rayServiceName,
  initializingTimeout,
  serveConfigMissing,
  servePortMissing,
  deprecatedRayServiceField,
  rayVersionImage,
  workerGroupBounds,
  numGpusMismatch,
  fractionalRayResource,
  routePrefix,
  uniqueApplications,
  importPath,
  appHostPort,
  runtimeEnvRemoteUri,
  duplicateModelId,
  autoscalingBounds,
  numReplicasWithAutoscaling,
  maxOngoingBelowTarget,
  deprecatedServeKey,
  llmAutoscalingDefault,
  versionGatedKey,
  gpuCapacity,
  tensorParallelFit,
  autoscalerDisabled,
  maxReplicasPerNodeAutoscaler,
  plaintextSecret
];

// src/lint/schema-findings.ts
function schemaReports(check) {
  if (check.validate(check.value)) return [];
  return toReports(check.validate.errors ?? [], check);
}
function toReports(errors, check) {
  const anyOfPaths = new Set(
    errors.filter((e) => e.keyword === "anyOf").map((e) => `${e.instancePath}|${e.schemaPath}`)
  );
  const reports = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of errors) {
    if (error.keyword === "if") continue;
    const insideAnyOf = [...anyOfPaths].some((key2) => {
      const [instance, schemaPath] = key2.split("|");
      return error.keyword !== "anyOf" && error.instancePath === instance && error.schemaPath.startsWith(`${schemaPath}/`);
    });
    if (insideAnyOf) continue;
    const path = [...check.base, ...instancePath(error.instancePath, check.value)];
    const report = describe(error, path, check);
    const key = `${report.message}@${formatYamlPath(path)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    reports.push(report);
  }
  return reports;
}
function instancePath(pointer, root) {
  if (pointer === "") return [];
  const segments = [];
  let node = root;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    const key = Array.isArray(node) ? Number(segment) : segment;
    segments.push(key);
    node = node?.[key];
  }
  return segments;
}
function label(path) {
  const named = [...path].reverse().find((s) => typeof s === "string");
  return named === void 0 ? "the document" : String(named);
}
function describe(error, path, check) {
  const where2 = check.in;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const known = Object.keys(
        error.parentSchema?.["properties"] ?? {}
      );
      const suggestion = closest(key, known);
      return {
        message: `Unknown key "${key}" in ${label(path)}${suggestion ? `; did you mean "${suggestion}"?` : "."} ${check.unknownKeyEffect}`,
        at: { in: where2, path: [...path, key], part: "key" },
        hint: suggestion ? `Rename it to "${suggestion}".` : `Remove it. Known keys: ${known.join(", ")}.`
      };
    }
    case "required": {
      const missing = String(error.params.missingProperty);
      return {
        message: `${path.length ? `"${label(path)}"` : "The document"} is missing the required key "${missing}".`,
        at: { in: where2, path, part: "key" },
        hint: `Add ${missing}.`
      };
    }
    default: {
      const expected = expectOf(error.parentSchema ?? {});
      return {
        message: `${formatYamlPath(path, "The document")} must be ${expected}, but is ${shown(error.data, path)}.`,
        at: { in: where2, path },
        hint: `Write ${expected}.`
      };
    }
  }
}
function shown(value, path) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  const key = [...path].reverse().find((s) => typeof s === "string");
  if (typeof value === "string") return `the string ${describeValue(value, key)}`;
  return `${typeof value} ${describeValue(value, key)}`;
}
function closest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = levenshtein(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(2, Math.floor(word.length / 4));
  return bestDistance <= allowed ? best : void 0;
}
function levenshtein(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

// src/lint/suppressions.ts
var DIRECTIVE = /(?:^|\s)#\s*rayservice-ci-disable(-line|-next-line|-file)?(?:\s+([\w\-,\s]+?))?\s*$/;
function findSuppressions(text) {
  const byLine = /* @__PURE__ */ new Map();
  const fileWide = [];
  text.split("\n").forEach((rawLine, index) => {
    const match = DIRECTIVE.exec(rawLine.replace(/\r$/, ""));
    if (!match) return;
    const rules = match[2]?.split(/[\s,]+/).filter(Boolean);
    const suppression = { rules: rules && rules.length ? rules : "all" };
    const line = index + 1;
    switch (match[1]) {
      case "-file":
        fileWide.push(suppression);
        break;
      case "-next-line":
        byLine.set(line + 1, [...byLine.get(line + 1) ?? [], suppression]);
        break;
      default:
        byLine.set(line, [...byLine.get(line) ?? [], suppression]);
    }
  });
  const covers = (s, ruleId) => s.rules === "all" || s.rules.includes(ruleId);
  return {
    isSuppressed(ruleId, line) {
      return fileWide.some((s) => covers(s, ruleId)) || (byLine.get(line) ?? []).some((s) => covers(s, ruleId));
    }
  };
}

// src/lint/lint-text.ts
var BUILTIN_CHECKS = [
  { id: "yaml-syntax", severity: "error", description: "The file, or the YAML inside serveConfigV2, does not parse." },
  {
    id: "rayservice-schema",
    severity: "error",
    description: "RayService fields with a wrong type or unknown name (the API server would prune them silently)."
  },
  {
    id: "serve-schema",
    severity: "error",
    description: "Serve config and build_openai_app args keys with a wrong type or unknown name (Ray drops unknown keys silently)."
  },
  { id: "crd-schema", severity: "error", description: "Violations of the CRD given with --crd." }
];
var ALL_RULES = [...BUILTIN_CHECKS, ...RULES.map((rule) => rule.meta)];
function lintText(file, text, options = {}) {
  const parsed = parseYamlFile(file, text);
  const pending = [];
  const meta = (id) => ALL_RULES.find((rule) => rule.id === id);
  let rayServices = 0;
  const secrets = /* @__PURE__ */ new Set();
  const mentionsRayService = /kind:\s*["']?RayService\b/.test(text);
  for (const doc of parsed.documents) {
    for (const secret of secretValuesIn(doc.value)) secrets.add(secret);
    const value = dict(doc.value);
    const syntax = doc.problems;
    if (syntax.length) {
      if (options.reportUnrecognised || mentionsRayService) {
        for (const problem of syntax) {
          pending.push({
            meta: meta("yaml-syntax"),
            source: doc,
            serve: void 0,
            report: {
              message: problem.message,
              at: { in: "span", span: problem.span },
              hint: "Fix the YAML syntax; every other check waits for it."
            }
          });
        }
      }
      continue;
    }
    if (value["kind"] !== "RayService") continue;
    rayServices++;
    const add = (id, report, serve2) => pending.push({ meta: meta(id), report, source: doc, serve: serve2 });
    const asServed = withoutNulls(value);
    for (const report of schemaReports({
      validate: validateRayService,
      value: asServed,
      in: "manifest",
      base: [],
      unknownKeyEffect: "The API server prunes unknown fields without an error, so this setting would be lost."
    })) {
      add("rayservice-schema", report);
    }
    for (const report of options.crd?.validate(asServed) ?? []) add("crd-schema", report);
    for (const path of nonFinitePaths(asServed)) add("rayservice-schema", nonFiniteReport("manifest", path));
    const serve = typeof dict(value["spec"])["serveConfigV2"] === "string" ? doc.embedded(SERVE_CONFIG_PATH) : void 0;
    if (serve) {
      for (const secret of secretValuesIn(serve.value)) secrets.add(secret);
      for (const path of nonFinitePaths(serve.value)) add("serve-schema", nonFiniteReport("serve", path), serve);
      for (const problem of serve.problems) {
        add("yaml-syntax", {
          message: `serveConfigV2: ${problem.message}`,
          at: { in: "span", span: problem.span },
          hint: "Fix the YAML inside serveConfigV2; KubeRay would only report it once the head pod is up."
        });
      }
      const serveValue = serve.value;
      if (serve.problems.length === 0 && (typeof serveValue !== "object" || serveValue === null || Array.isArray(serveValue))) {
        add("serve-schema", {
          message: "serveConfigV2 does not hold a mapping with an applications: list.",
          at: { in: "manifest", path: SERVE_CONFIG_PATH },
          hint: "Write serveConfigV2: | followed by an indented applications: list."
        });
      }
    }
    const target = buildTarget(file, doc, serve);
    if (target.serve) {
      const unknownKeyEffect = "Ray ignores unknown keys here without a word, so this setting would have no effect.";
      for (const report of schemaReports({
        validate: validateServeConfig,
        value: target.serve.value,
        in: "serve",
        base: [],
        unknownKeyEffect
      })) {
        add("serve-schema", report, serve);
      }
      list(target.serve.value["applications"]).forEach((app, index) => {
        const importPath2 = dict(app)["import_path"];
        if (typeof importPath2 !== "string" || !LLM_BUILDERS.has(importPath2)) return;
        const args = dict(app)["args"];
        for (const report of schemaReports({
          validate: validateLlmServingArgs,
          value: args ?? {},
          in: "serve",
          base: ["applications", index, "args"],
          unknownKeyEffect: "ray.serve.llm rejects unknown keys when the application deploys."
        })) {
          add("serve-schema", report, serve);
        }
      });
    }
    for (const rule of RULES) rule.check(target, (report) => add(rule.meta.id, report, serve));
  }
  return settle(file, pending, text, options.config, rayServices, [...secrets]);
}
function nonFinitePaths(value, path = [], found = []) {
  if (typeof value === "number" && !Number.isFinite(value)) found.push(path);
  else if (Array.isArray(value)) value.forEach((item, i) => nonFinitePaths(item, [...path, i], found));
  else if (typeof value === "object" && value !== null)
    for (const [key, item] of Object.entries(value)) nonFinitePaths(item, [...path, key], found);
  return found;
}
function nonFiniteReport(where2, path) {
  return {
    message: `${formatYamlPath(path)} is not a finite number (.inf or .nan): YAML reads it as a number, but JSON (the API server) and Ray have no such number.`,
    at: { in: where2, path },
    hint: "Write a finite number."
  };
}
function withoutNulls(value) {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)])
  );
}
function settle(file, pending, text, config, rayServices, secrets) {
  const suppressions = findSuppressions(text);
  const clean = (message) => safeInline(redactValues(message, secrets));
  const lines = text.split("\n");
  const snippet = (line) => {
    const source = (lines[line - 1] ?? "").replace(/\r$/, "");
    return safeLines(redactValues(source.length > 240 ? `${source.slice(0, 240)}\u2026` : source, secrets));
  };
  const findings = [];
  let suppressed = 0;
  for (const { meta, report, source, serve } of pending) {
    const setting = config?.rules[meta.id];
    if (setting === "off") continue;
    const severity = setting ?? report.severity ?? meta.severity;
    const span = report.at.in === "span" ? report.at.span : (report.at.in === "serve" && serve ? serve : source).locate(report.at.path, report.at.part).span;
    if (suppressions.isSuppressed(meta.id, span.start.line)) {
      suppressed++;
      continue;
    }
    findings.push({
      ruleId: meta.id,
      severity,
      message: clean(report.message),
      ...report.hint ? { hint: clean(report.hint) } : {},
      file: safeInline(file),
      line: span.start.line,
      column: span.start.column,
      endLine: span.end.line,
      endColumn: span.end.column,
      snippet: snippet(span.start.line)
    });
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  return { findings, suppressed, rayServices };
}

// src/contracts/index.ts
var API_VERSION = "rayservice-ci.io/v1alpha1";
function defineContract(kind, schema) {
  return { kind, schema };
}
function serializeContract(contract, value) {
  if (value.kind !== contract.kind || value.apiVersion !== API_VERSION) {
    throw new Error(
      `serializeContract: a ${value.apiVersion}/${value.kind} value passed as ${API_VERSION}/${contract.kind}`
    );
  }
  return `${JSON.stringify(value, null, 2)}
`;
}

// src/lint/report.ts
function summarize(findings, counts) {
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    infos: findings.filter((f) => f.severity === "info").length,
    ...counts
  };
}
var lintReportSchema = {
  type: "object",
  required: ["apiVersion", "kind", "findings", "summary"],
  properties: {
    apiVersion: { const: API_VERSION },
    kind: { const: "LintReport" },
    findings: {
      type: "array",
      items: {
        type: "object",
        required: ["ruleId", "severity", "message", "file", "line", "column"],
        properties: {
          ruleId: { type: "string" },
          severity: { enum: ["error", "warning", "info"] },
          message: { type: "string" },
          hint: { type: "string" },
          file: { type: "string" },
          line: { type: "integer", minimum: 1 },
          column: { type: "integer", minimum: 1 },
          endLine: { type: "integer", minimum: 1 },
          endColumn: { type: "integer", minimum: 1 },
          snippet: { type: "string" }
        }
      }
    },
    summary: {
      type: "object",
      required: ["errors", "warnings", "infos", "suppressed", "files", "rayServices"],
      properties: {
        errors: { type: "integer" },
        warnings: { type: "integer" },
        infos: { type: "integer" },
        suppressed: { type: "integer" },
        files: { type: "integer" },
        rayServices: { type: "integer" }
      }
    }
  }
};
var LINT_REPORT = defineContract("LintReport", lintReportSchema);

// src/lint/lint-paths.ts
var YAML_FILE = /\.ya?ml$/i;
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set(["node_modules", ".git", "dist"]);
function walk(directory) {
  const out = [];
  for (const entry of (0, import_node_fs.readdirSync)(directory, { withFileTypes: true })) {
    const path = (0, import_node_path.join)(directory, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith(".") && !SKIPPED_DIRECTORIES.has(entry.name)) out.push(...walk(path));
    } else if (YAML_FILE.test(entry.name)) out.push(path);
  }
  return out.sort();
}
function expand(inputs, cwd, problems) {
  const files = /* @__PURE__ */ new Map();
  for (const input of inputs) {
    if (/[*?[{]/.test(input)) {
      const yaml = (0, import_node_fs.globSync)(input, { cwd }).filter((m) => YAML_FILE.test(m)).sort();
      if (yaml.length === 0) problems.push(`${input}: no YAML file matches this pattern.`);
      for (const match of yaml) if (!files.has(match)) files.set(match, false);
      continue;
    }
    const absolute = (0, import_node_path.resolve)(cwd, input);
    let info;
    try {
      info = (0, import_node_fs.statSync)(absolute);
    } catch (error) {
      problems.push(
        `${input}: ${error.code === "ENOENT" ? "no such file or directory" : error.message}.`
      );
      continue;
    }
    if (info.isDirectory()) {
      const found = walk(absolute);
      for (const file of found) {
        const shown2 = (0, import_node_path.isAbsolute)(input) ? file : (0, import_node_path.relative)(cwd, file);
        if (!files.has(shown2)) files.set(shown2, false);
      }
    } else {
      files.set(input, true);
    }
  }
  return [...files].map(([path, explicit]) => ({ path, explicit }));
}
async function lintPaths(inputs, options) {
  const problems = [];
  const files = expand(inputs, options.cwd, problems);
  const findings = [];
  let suppressed = 0;
  let rayServices = 0;
  for (const file of files) {
    let text;
    try {
      text = (0, import_node_fs.readFileSync)((0, import_node_path.resolve)(options.cwd, file.path), "utf8");
    } catch (error) {
      problems.push(`${file.path}: ${error.message}.`);
      continue;
    }
    const result = lintText(file.path, text, { ...options, reportUnrecognised: file.explicit });
    findings.push(...result.findings);
    suppressed += result.suppressed;
    rayServices += result.rayServices;
  }
  if (problems.length === 0 && rayServices === 0 && findings.length === 0) {
    problems.push(`No RayService found in ${inputs.join(", ")}: lint looks for YAML documents with kind: RayService.`);
  }
  return {
    report: {
      apiVersion: API_VERSION,
      kind: "LintReport",
      findings,
      summary: summarize(findings, { suppressed, files: files.length, rayServices })
    },
    problems
  };
}

// src/lint/run.ts
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");

// src/lint/config.ts
var import_yaml5 = __toESM(require_dist(), 1);

// src/lint/types.ts
var SEVERITIES = ["error", "warning", "info"];

// src/lint/config.ts
var RULE_SETTINGS = [...SEVERITIES, "off"];
var EMPTY_CONFIG = { rules: {} };
var CONFIG_FILE_NAMES = [".rayservice-ci.yaml", ".rayservice-ci.yml"];
function parseLintConfig(source, text, knownRules) {
  let raw;
  try {
    raw = (0, import_yaml5.parse)(text);
  } catch (error) {
    return { problems: [`${source}: not valid YAML: ${error.message.split("\n")[0]}`] };
  }
  const rules = dict(dict(dict(raw)["lint"])["rules"]);
  const problems = [];
  const settings = {};
  for (const [id, value] of Object.entries(rules)) {
    const setting = value === false ? "off" : String(value);
    if (!knownRules.includes(id)) {
      problems.push(`${source}: lint.rules.${id}: no such rule. Rules: ${knownRules.join(", ")}.`);
    } else if (!RULE_SETTINGS.includes(setting)) {
      problems.push(
        `${source}: lint.rules.${id}: "${setting}" is not a setting; use one of ${RULE_SETTINGS.join(", ")}.`
      );
    } else {
      settings[id] = setting;
    }
  }
  return problems.length ? { problems } : { rules: settings };
}

// src/lint/crd.ts
var import_yaml6 = __toESM(require_dist(), 1);
function withPruning(schema) {
  if (Array.isArray(schema)) return schema.map(withPruning);
  if (typeof schema !== "object" || schema === null) return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) out[key] = withPruning(value);
  if (out["type"] === "object" && out["properties"] !== void 0 && out["additionalProperties"] === void 0 && out["x-kubernetes-preserve-unknown-fields"] !== true) {
    out["additionalProperties"] = false;
  }
  return out;
}
async function loadCrd(source, text) {
  let crd;
  try {
    crd = dict((0, import_yaml6.parse)(text, { maxAliasCount: 100 }));
  } catch (error) {
    return `${source} is not valid YAML: ${error.message.split("\n")[0]}`;
  }
  if (crd["kind"] !== "CustomResourceDefinition")
    return `${source} is not a CustomResourceDefinition (kind: ${String(crd["kind"])}).`;
  const spec = dict(crd["spec"]);
  const group2 = String(spec["group"]);
  const kind = String(dict(spec["names"])["kind"]);
  const versions = /* @__PURE__ */ new Map();
  const { Ajv } = await Promise.resolve().then(() => __toESM(require("./ajv-V24P3M6L.cjs"), 1));
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, validateFormats: false, useDefaults: true });
  for (const version of list(spec["versions"])) {
    const v = dict(version);
    const schema = dict(dict(v["schema"])["openAPIV3Schema"]);
    const pruned = withPruning(schema);
    const properties = dict(pruned["properties"]);
    properties["metadata"] = { type: "object" };
    versions.set(`${group2}/${String(v["name"])}`, ajv.compile({ ...pruned, properties }));
  }
  return {
    source,
    kind,
    validate(resource) {
      const apiVersion = String(dict(resource)["apiVersion"]);
      const validate5 = versions.get(apiVersion);
      if (!validate5) return void 0;
      const defaulted = structuredClone(resource);
      if (validate5(defaulted)) return [];
      return toReports(validate5.errors ?? [], {
        value: defaulted,
        in: "manifest",
        base: [],
        unknownKeyEffect: "The API server prunes fields its CRD does not declare, without an error."
      });
    }
  };
}

// src/lint/run.ts
function lintExitCode(report, maxWarnings) {
  if (report.summary.errors > 0) return 1;
  if (maxWarnings !== void 0 && report.summary.warnings > maxWarnings) return 1;
  return 0;
}
function readText(path) {
  try {
    return (0, import_node_fs2.readFileSync)(path, "utf8");
  } catch {
    return void 0;
  }
}
function loadConfig(cwd, path) {
  const file = path ?? CONFIG_FILE_NAMES.find((name) => (0, import_node_fs2.existsSync)((0, import_node_path2.resolve)(cwd, name)));
  if (file === void 0) return EMPTY_CONFIG;
  const text = readText((0, import_node_path2.resolve)(cwd, file));
  if (text === void 0) return { problems: [`Cannot read the config file ${file}.`] };
  return parseLintConfig(
    file,
    text,
    ALL_RULES.map((rule) => rule.id)
  );
}
async function runLint(context, request) {
  const config = loadConfig(context.cwd, request.configPath);
  if ("problems" in config) return { ok: false, problems: config.problems };
  let crd;
  if (request.crdPath !== void 0) {
    const text = readText((0, import_node_path2.resolve)(context.cwd, request.crdPath));
    if (text === void 0) return { ok: false, problems: [`Cannot read the CRD file ${request.crdPath}.`] };
    const loaded = await loadCrd(request.crdPath, text);
    if (typeof loaded === "string") return { ok: false, problems: [loaded] };
    crd = loaded;
  }
  const { report, problems } = await lintPaths(request.inputs, { cwd: context.cwd, config, ...crd ? { crd } : {} });
  return problems.length ? { ok: false, problems } : { ok: true, report };
}
function parseMaxWarnings(raw) {
  if (raw === void 0 || raw === "" || raw === "-1") return void 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) return `max-warnings takes a whole number \u2265 0 (or -1 for no limit), not "${raw}".`;
  return n;
}

// src/lint/format/text.ts
var COLORS = { error: "\x1B[31m", warning: "\x1B[33m", info: "\x1B[36m", dim: "\x1B[2m", reset: "\x1B[0m" };
function formatText(report, options = {}) {
  const paint = (color, text) => options.color ? `${COLORS[color]}${text}${COLORS.reset}` : text;
  const lines = [];
  for (const finding of report.findings) {
    lines.push(
      `${finding.file}:${finding.line}:${finding.column}: ${paint(finding.severity, finding.severity)} ${finding.message} ${paint("dim", `[${finding.ruleId}]`)}`
    );
    const text = finding.snippet;
    if (text !== void 0) {
      const gutter = String(finding.line).padStart(5);
      lines.push(paint("dim", `${gutter} | `) + text);
      const width = finding.endLine === finding.line ? Math.max(1, finding.endColumn - finding.column) : 1;
      lines.push(
        paint("dim", `${" ".repeat(5)} | `) + " ".repeat(finding.column - 1) + paint(finding.severity, "^".repeat(Math.min(width, 80)))
      );
    }
    if (finding.hint) lines.push(`${" ".repeat(7)}${paint("dim", "fix:")} ${finding.hint}`);
  }
  const { errors, warnings, infos, suppressed, rayServices, files } = report.summary;
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const tail = suppressed ? `, ${suppressed} suppressed` : "";
  lines.push(
    `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")}${tail} in ${plural(rayServices, "RayService")} (${plural(files, "file")}).`
  );
  return `${lines.join("\n")}
`;
}

// src/lint/format/sarif.ts
var LEVEL = { error: "error", warning: "warning", info: "note" };
function formatSarif(report, rules, tool) {
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "rayservice-ci",
            version: tool.version,
            informationUri: tool.informationUri,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              defaultConfiguration: { level: LEVEL[rule.severity] }
            }))
          }
        },
        columnKind: "utf16CodeUnits",
        results: report.findings.map((finding) => ({
          ruleId: finding.ruleId,
          ruleIndex: rules.findIndex((rule) => rule.id === finding.ruleId),
          level: LEVEL[finding.severity],
          message: { text: finding.hint ? `${finding.message} Fix: ${finding.hint}` : finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: finding.file.replaceAll("\\", "/").replace(/^\.\//, "") },
                region: {
                  startLine: finding.line,
                  startColumn: finding.column,
                  endLine: finding.endLine,
                  endColumn: finding.endColumn,
                  ...finding.snippet === void 0 ? {} : { snippet: { text: finding.snippet } }
                }
              }
            }
          ]
        }))
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}

// src/lint/format/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeData(text) {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function formatAnnotations(report) {
  return report.findings.map((f) => {
    const properties = [
      `file=${escapeProperty(f.file)}`,
      `line=${f.line}`,
      `col=${f.column}`,
      `endLine=${f.endLine}`,
      ...f.endLine === f.line ? [`endColumn=${f.endColumn}`] : [],
      `title=${escapeProperty(`rayservice-ci ${f.ruleId}`)}`
    ].join(",");
    return `::${COMMAND[f.severity]} ${properties}::${escapeData(f.hint ? `${f.message}
Fix: ${f.hint}` : f.message)}
`;
  }).join("");
}
function cell(text) {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ").replaceAll("<", "&lt;");
}
function formatSummary(report, maxRows = 200) {
  const { errors, warnings, infos, rayServices, suppressed } = report.summary;
  const verdict = errors > 0 ? "\u274C" : warnings > 0 ? "\u26A0\uFE0F" : "\u2705";
  const lines = [
    `### ${verdict} rayservice-ci lint`,
    "",
    `${errors} error(s), ${warnings} warning(s), ${infos} info in ${rayServices} RayService(s)${suppressed ? `; ${suppressed} suppressed` : ""}.`
  ];
  if (report.findings.length) {
    lines.push("", "| | Where | Rule | Finding |", "|---|---|---|---|");
    for (const f of report.findings.slice(0, maxRows)) {
      const icon = f.severity === "error" ? "\u274C" : f.severity === "warning" ? "\u26A0\uFE0F" : "\u2139\uFE0F";
      lines.push(
        `| ${icon} | \`${cell(f.file)}:${f.line}:${f.column}\` | \`${f.ruleId}\` | ${cell(f.message)}${f.hint ? `<br>**Fix:** ${cell(f.hint)}` : ""} |`
      );
    }
    if (report.findings.length > maxRows)
      lines.push("", `\u2026and ${report.findings.length - maxRows} more; see the annotations or the SARIF file.`);
  }
  return `${lines.join("\n")}
`;
}

// src/lint/index.ts
var LINT_FORMATS = ["text", "json", "sarif", "github"];

// src/cli/lint-command.ts
init_io();

// package.json
var package_default = {
  name: "rayservice-ci",
  version: "0.1.0",
  description: "Prove a Ray Serve LLM service on Kubernetes autoscales the way its config says: lint, render, deploy, load, observe, assert, report.",
  license: "Apache-2.0",
  type: "module",
  private: true,
  bin: {
    "rayservice-ci": "dist/cli.js"
  },
  engines: {
    node: ">=24"
  },
  scripts: {
    build: "node scripts/build.ts",
    typecheck: "tsc --noEmit -p tsconfig.json",
    "lint:code": "eslint . && prettier --check .",
    format: "prettier --write . && eslint --fix .",
    test: "node scripts/test-setup.ts && npm run -s typecheck && npm run -s lint:code && node --test --test-timeout=120000 --test-force-exit --test-reporter=spec 'test/**/*.test.ts'",
    "test:setup": "node scripts/test-setup.ts",
    fuzz: "node scripts/fuzz.ts",
    demo: "node scripts/demo.ts",
    bench: "node scripts/bench.ts",
    "rayservice-ci": "node dist/cli.js"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/exec": "^3.0.0",
    "@actions/github": "^9.1.1",
    "@kubernetes/client-node": "^2.0.1",
    ajv: "^8.20.0",
    "hdr-histogram-js": "^3.0.1",
    "spdy-transport": "^3.0.0",
    undici: "^8.13.1",
    ws: "^8.23.0",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@eslint/js": "^10.0.1",
    "@types/node": "^24.19.4",
    "@types/ws": "^8.18.2",
    autocannon: "^9.0.0",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "eslint-config-prettier": "^10.1.8",
    "fast-check": "^4.11.0",
    node: "^24.21.0",
    prettier: "^3.10.1",
    typescript: "5.9",
    "typescript-eslint": "^8.74.0"
  },
  allowScripts: {
    node: true,
    esbuild: true
  }
};

// src/tool.ts
var TOOL = {
  name: "rayservice-ci",
  version: package_default.version,
  informationUri: "https://github.com/rayservice-ci/rayservice-ci"
};

// src/cli/lint-command.ts
var reported = false;
var lintReported = () => reported;
var LINT_USAGE = `Usage: rayservice-ci lint <file|dir|glob>... [options]

Checks RayService manifests, including the Serve config inside spec.serveConfigV2, and reports findings
at file:line:column of the file you wrote.

Options:
  --format text|json|sarif|github   output format (default: text; github = annotations + job summary)
  -o, --output FILE                 write the report to FILE instead of standard output
  --config FILE                     rule settings (default: ./.rayservice-ci.yaml if present)
  --crd FILE                        also validate against a CRD's openAPIV3Schema (e.g. ray.io_rayservices.yaml)
  --max-warnings N                  fail when there are more than N warnings (default: no limit)
  --list-rules                      print the rules and exit
  --no-color                        plain text output

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 bad usage or unreadable input.`;
function parseFormat(raw) {
  const format = raw ?? "text";
  if (!LINT_FORMATS.includes(format)) {
    throw new UsageError(`--format "${format}" is not a format; use one of ${LINT_FORMATS.join(", ")}.`);
  }
  return format;
}
async function lintCommand(args, io) {
  const { values, positionals } = (0, import_node_util.parseArgs)({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: "string" },
      output: { type: "string", short: "o" },
      config: { type: "string" },
      crd: { type: "string" },
      "max-warnings": { type: "string" },
      "list-rules": { type: "boolean" },
      "no-color": { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(`${LINT_USAGE}
`);
    return 0;
  }
  if (values["list-rules"]) {
    for (const rule of ALL_RULES) io.stdout(`${rule.id.padEnd(32)} ${rule.severity.padEnd(8)} ${rule.description}
`);
    return 0;
  }
  const format = parseFormat(values.format);
  const maxWarnings = parseMaxWarnings(values["max-warnings"]);
  if (typeof maxWarnings === "string") throw new UsageError(`--${maxWarnings}`);
  if (positionals.length === 0) throw new UsageError("lint needs at least one file, directory or glob.");
  const run = await runLint(io, { inputs: positionals, configPath: values.config, crdPath: values.crd });
  if (!run.ok) throw new InputError(run.problems.join("\n"));
  const report = run.report;
  reported = true;
  let rendered;
  switch (format) {
    case "json":
      rendered = serializeContract(LINT_REPORT, report);
      break;
    case "sarif":
      rendered = formatSarif(report, ALL_RULES, TOOL);
      break;
    case "github": {
      rendered = formatAnnotations(report);
      const summaryFile = io.env["GITHUB_STEP_SUMMARY"];
      if (summaryFile) (0, import_node_fs3.appendFileSync)(summaryFile, formatSummary(report));
      break;
    }
    case "text":
      rendered = formatText(report, { color: io.isTty && !values["no-color"] && !values.output });
      break;
  }
  if (values.output) {
    const { writeOutput: writeOutput2 } = await Promise.resolve().then(() => (init_output(), output_exports));
    await writeOutput2((0, import_node_path3.resolve)(io.cwd, values.output), rendered);
  } else {
    io.stdout(rendered);
  }
  return lintExitCode(report, maxWarnings);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  InputError,
  LINT_USAGE,
  UsageError,
  lintCommand,
  lintReported
});
})
