import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  require_extension,
  require_permessage_deflate,
  require_receiver,
  require_sender,
  require_src,
  require_stream,
  require_subprotocol,
  require_websocket,
  require_websocket_server
} from "./chunk-TTQN4OPH.js";
import {
  DNS_1035_LABEL,
  INITIALIZING_TIMEOUT_ANNOTATION,
  MAX_RAYSERVICE_NAME,
  atLeast,
  canonicalJson,
  dict,
  effectiveDeployment,
  formatGoDuration,
  initializingTimeoutOf,
  list,
  llmIngress,
  numberOr,
  parseRayVersion,
  rayGroups,
  serveApps,
  serveDeployments,
  stringOr,
  validateRayCluster,
  validateRayService
} from "./chunk-2Z6IFJBU.js";
import {
  parseDuration
} from "./chunk-65SL3IB2.js";
import {
  require_dist
} from "./chunk-7UO7HX7F.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-S5ZBFXNU.js";

// node_modules/detect-node/index.js
var require_detect_node = __commonJS({
  "node_modules/detect-node/index.js"(exports, module) {
    module.exports = Object.prototype.toString.call(typeof process !== "undefined" ? process : 0) === "[object process]";
  }
});

// node_modules/spdy-transport/lib/spdy-transport/utils.js
var require_utils = __commonJS({
  "node_modules/spdy-transport/lib/spdy-transport/utils.js"(exports) {
    "use strict";
    var util = __require("util");
    var isNode = require_detect_node();
    Object.assign = process.versions.modules >= 46 || !isNode ? Object.assign : util._extend;
    function QueueItem() {
      this.prev = null;
      this.next = null;
    }
    exports.QueueItem = QueueItem;
    function Queue() {
      QueueItem.call(this);
      this.prev = this;
      this.next = this;
    }
    util.inherits(Queue, QueueItem);
    exports.Queue = Queue;
    Queue.prototype.insertTail = function insertTail(item) {
      item.prev = this.prev;
      item.next = this;
      item.prev.next = item;
      item.next.prev = item;
    };
    Queue.prototype.remove = function remove(item) {
      var next = item.next;
      var prev = item.prev;
      item.next = item;
      item.prev = item;
      next.prev = prev;
      prev.next = next;
    };
    Queue.prototype.head = function head() {
      return this.next;
    };
    Queue.prototype.tail = function tail() {
      return this.prev;
    };
    Queue.prototype.isEmpty = function isEmpty() {
      return this.next === this;
    };
    Queue.prototype.isRoot = function isRoot(item) {
      return this === item;
    };
    function LockStream(stream) {
      this.locked = false;
      this.queue = [];
      this.stream = stream;
    }
    exports.LockStream = LockStream;
    LockStream.prototype.write = function write(chunks, callback) {
      var self2 = this;
      if (this.locked) {
        this.queue.push(function() {
          return self2.write(chunks, callback);
        });
        return;
      }
      this.locked = true;
      function done(err, chunks2) {
        self2.stream.removeListener("error", done);
        self2.locked = false;
        if (self2.queue.length > 0) {
          self2.queue.shift()();
        }
        callback(err, chunks2);
      }
      this.stream.on("error", done);
      var output = [];
      function onData(chunk) {
        output.push(chunk);
      }
      this.stream.on("data", onData);
      function next(err) {
        self2.stream.removeListener("data", onData);
        if (err) {
          return done(err);
        }
        done(null, output);
      }
      for (var i = 0; i < chunks.length - 1; i++) {
        this.stream.write(chunks[i]);
      }
      if (chunks.length > 0) {
        this.stream.write(chunks[i], next);
      } else {
        process.nextTick(next);
      }
      if (this.stream.execute) {
        this.stream.execute(function(err) {
          if (err) {
            return done(err);
          }
        });
      }
    };
    function binaryLookup(list3, item, compare) {
      var start = 0;
      var end = list3.length;
      while (start < end) {
        var pos = start + end >> 1;
        var cmp = compare(item, list3[pos]);
        if (cmp === 0) {
          start = pos;
          end = pos;
          break;
        } else if (cmp < 0) {
          end = pos;
        } else {
          start = pos + 1;
        }
      }
      return start;
    }
    exports.binaryLookup = binaryLookup;
    function binaryInsert(list3, item, compare) {
      var index = binaryLookup(list3, item, compare);
      list3.splice(index, 0, item);
    }
    exports.binaryInsert = binaryInsert;
    function binarySearch(list3, item, compare) {
      var index = binaryLookup(list3, item, compare);
      if (index >= list3.length) {
        return -1;
      }
      if (compare(item, list3[index]) === 0) {
        return index;
      }
      return -1;
    }
    exports.binarySearch = binarySearch;
    function Timeout(object) {
      this.delay = 0;
      this.timer = null;
      this.object = object;
    }
    exports.Timeout = Timeout;
    Timeout.prototype.set = function set(delay, callback) {
      this.delay = delay;
      this.reset();
      if (!callback) {
        return;
      }
      if (this.delay === 0) {
        this.object.removeListener("timeout", callback);
      } else {
        this.object.once("timeout", callback);
      }
    };
    Timeout.prototype.reset = function reset() {
      if (this.timer !== null) {
        clearTimeout(this.timer);
        this.timer = null;
      }
      if (this.delay === 0) {
        return;
      }
      var self2 = this;
      this.timer = setTimeout(function() {
        self2.timer = null;
        self2.object.emit("timeout");
      }, this.delay);
    };
  }
});

// node_modules/spdy-transport/lib/spdy-transport/protocol/base/utils.js
var require_utils2 = __commonJS({
  "node_modules/spdy-transport/lib/spdy-transport/protocol/base/utils.js"(exports) {
    "use strict";
    var utils = exports;
    var util = __require("util");
    function ProtocolError2(code, message) {
      this.code = code;
      this.message = message;
    }
    util.inherits(ProtocolError2, Error);
    utils.ProtocolError = ProtocolError2;
    utils.error = function error(code, message) {
      return new ProtocolError2(code, message);
    };
    utils.reverse = function reverse(object) {
      var result = [];
      Object.keys(object).forEach(function(key2) {
        result[object[key2] | 0] = key2;
      });
      return result;
    };
    utils.weightToPriority = function weightToPriority(weight) {
      return Math.min(35, weight - 1) / 35 * 7 | 0;
    };
    utils.priorityToWeight = function priorityToWeight(priority) {
      return (priority / 7 * 35 | 0) + 1;
    };
    exports.addHeaderLine = function addHeaderLine(field, value, dest) {
      field = field.toLowerCase();
      if (/^:/.test(field)) {
        dest[field] = value;
        return;
      }
      switch (field) {
        // Array headers:
        case "set-cookie":
          if (dest[field] !== void 0) {
            dest[field].push(value);
          } else {
            dest[field] = [value];
          }
          break;
        /* eslint-disable max-len */
        // list is taken from:
        /* eslint-enable max-len */
        case "content-type":
        case "content-length":
        case "user-agent":
        case "referer":
        case "host":
        case "authorization":
        case "proxy-authorization":
        case "if-modified-since":
        case "if-unmodified-since":
        case "from":
        case "location":
        case "max-forwards":
          if (dest[field] === void 0) {
            dest[field] = value;
          }
          break;
        case "cookie":
          if (dest[field] !== void 0) {
            dest[field] += "; " + value;
          } else {
            dest[field] = value;
          }
          break;
        default:
          if (dest[field] !== void 0) {
            dest[field] += ", " + value;
          } else {
            dest[field] = value;
          }
      }
    };
  }
});

// node_modules/spdy-transport/lib/spdy-transport/protocol/base/constants.js
var require_constants = __commonJS({
  "node_modules/spdy-transport/lib/spdy-transport/protocol/base/constants.js"(exports) {
    exports.DEFAULT_METHOD = "GET";
    exports.DEFAULT_HOST = "localhost";
    exports.MAX_PRIORITY_STREAMS = 100;
    exports.DEFAULT_MAX_CHUNK = 8 * 1024;
  }
});

// node_modules/readable-stream/lib/internal/streams/stream.js
var require_stream2 = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/stream.js"(exports, module) {
    module.exports = __require("stream");
  }
});

// node_modules/readable-stream/lib/internal/streams/buffer_list.js
var require_buffer_list = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/buffer_list.js"(exports, module) {
    "use strict";
    function ownKeys(object, enumerableOnly) {
      var keys = Object.keys(object);
      if (Object.getOwnPropertySymbols) {
        var symbols = Object.getOwnPropertySymbols(object);
        enumerableOnly && (symbols = symbols.filter(function(sym) {
          return Object.getOwnPropertyDescriptor(object, sym).enumerable;
        })), keys.push.apply(keys, symbols);
      }
      return keys;
    }
    function _objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = null != arguments[i] ? arguments[i] : {};
        i % 2 ? ownKeys(Object(source), true).forEach(function(key2) {
          _defineProperty(target, key2, source[key2]);
        }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(target, Object.getOwnPropertyDescriptors(source)) : ownKeys(Object(source)).forEach(function(key2) {
          Object.defineProperty(target, key2, Object.getOwnPropertyDescriptor(source, key2));
        });
      }
      return target;
    }
    function _defineProperty(obj, key2, value) {
      key2 = _toPropertyKey(key2);
      if (key2 in obj) {
        Object.defineProperty(obj, key2, { value, enumerable: true, configurable: true, writable: true });
      } else {
        obj[key2] = value;
      }
      return obj;
    }
    function _classCallCheck(instance, Constructor) {
      if (!(instance instanceof Constructor)) {
        throw new TypeError("Cannot call a class as a function");
      }
    }
    function _defineProperties(target, props) {
      for (var i = 0; i < props.length; i++) {
        var descriptor = props[i];
        descriptor.enumerable = descriptor.enumerable || false;
        descriptor.configurable = true;
        if ("value" in descriptor) descriptor.writable = true;
        Object.defineProperty(target, _toPropertyKey(descriptor.key), descriptor);
      }
    }
    function _createClass(Constructor, protoProps, staticProps) {
      if (protoProps) _defineProperties(Constructor.prototype, protoProps);
      if (staticProps) _defineProperties(Constructor, staticProps);
      Object.defineProperty(Constructor, "prototype", { writable: false });
      return Constructor;
    }
    function _toPropertyKey(arg) {
      var key2 = _toPrimitive(arg, "string");
      return typeof key2 === "symbol" ? key2 : String(key2);
    }
    function _toPrimitive(input, hint) {
      if (typeof input !== "object" || input === null) return input;
      var prim = input[Symbol.toPrimitive];
      if (prim !== void 0) {
        var res = prim.call(input, hint || "default");
        if (typeof res !== "object") return res;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return (hint === "string" ? String : Number)(input);
    }
    var _require = __require("buffer");
    var Buffer2 = _require.Buffer;
    var _require2 = __require("util");
    var inspect = _require2.inspect;
    var custom = inspect && inspect.custom || "inspect";
    function copyBuffer(src, target, offset) {
      Buffer2.prototype.copy.call(src, target, offset);
    }
    module.exports = /* @__PURE__ */ (function() {
      function BufferList() {
        _classCallCheck(this, BufferList);
        this.head = null;
        this.tail = null;
        this.length = 0;
      }
      _createClass(BufferList, [{
        key: "push",
        value: function push(v) {
          var entry = {
            data: v,
            next: null
          };
          if (this.length > 0) this.tail.next = entry;
          else this.head = entry;
          this.tail = entry;
          ++this.length;
        }
      }, {
        key: "unshift",
        value: function unshift(v) {
          var entry = {
            data: v,
            next: this.head
          };
          if (this.length === 0) this.tail = entry;
          this.head = entry;
          ++this.length;
        }
      }, {
        key: "shift",
        value: function shift() {
          if (this.length === 0) return;
          var ret = this.head.data;
          if (this.length === 1) this.head = this.tail = null;
          else this.head = this.head.next;
          --this.length;
          return ret;
        }
      }, {
        key: "clear",
        value: function clear() {
          this.head = this.tail = null;
          this.length = 0;
        }
      }, {
        key: "join",
        value: function join2(s2) {
          if (this.length === 0) return "";
          var p = this.head;
          var ret = "" + p.data;
          while (p = p.next) ret += s2 + p.data;
          return ret;
        }
      }, {
        key: "concat",
        value: function concat(n) {
          if (this.length === 0) return Buffer2.alloc(0);
          var ret = Buffer2.allocUnsafe(n >>> 0);
          var p = this.head;
          var i = 0;
          while (p) {
            copyBuffer(p.data, ret, i);
            i += p.data.length;
            p = p.next;
          }
          return ret;
        }
        // Consumes a specified amount of bytes or characters from the buffered data.
      }, {
        key: "consume",
        value: function consume(n, hasStrings) {
          var ret;
          if (n < this.head.data.length) {
            ret = this.head.data.slice(0, n);
            this.head.data = this.head.data.slice(n);
          } else if (n === this.head.data.length) {
            ret = this.shift();
          } else {
            ret = hasStrings ? this._getString(n) : this._getBuffer(n);
          }
          return ret;
        }
      }, {
        key: "first",
        value: function first() {
          return this.head.data;
        }
        // Consumes a specified amount of characters from the buffered data.
      }, {
        key: "_getString",
        value: function _getString(n) {
          var p = this.head;
          var c = 1;
          var ret = p.data;
          n -= ret.length;
          while (p = p.next) {
            var str = p.data;
            var nb = n > str.length ? str.length : n;
            if (nb === str.length) ret += str;
            else ret += str.slice(0, n);
            n -= nb;
            if (n === 0) {
              if (nb === str.length) {
                ++c;
                if (p.next) this.head = p.next;
                else this.head = this.tail = null;
              } else {
                this.head = p;
                p.data = str.slice(nb);
              }
              break;
            }
            ++c;
          }
          this.length -= c;
          return ret;
        }
        // Consumes a specified amount of bytes from the buffered data.
      }, {
        key: "_getBuffer",
        value: function _getBuffer(n) {
          var ret = Buffer2.allocUnsafe(n);
          var p = this.head;
          var c = 1;
          p.data.copy(ret);
          n -= p.data.length;
          while (p = p.next) {
            var buf = p.data;
            var nb = n > buf.length ? buf.length : n;
            buf.copy(ret, ret.length - n, 0, nb);
            n -= nb;
            if (n === 0) {
              if (nb === buf.length) {
                ++c;
                if (p.next) this.head = p.next;
                else this.head = this.tail = null;
              } else {
                this.head = p;
                p.data = buf.slice(nb);
              }
              break;
            }
            ++c;
          }
          this.length -= c;
          return ret;
        }
        // Make sure the linked list only shows the minimal necessary information.
      }, {
        key: custom,
        value: function value(_, options) {
          return inspect(this, _objectSpread(_objectSpread({}, options), {}, {
            // Only inspect one level.
            depth: 0,
            // It should not recurse.
            customInspect: false
          }));
        }
      }]);
      return BufferList;
    })();
  }
});

// node_modules/readable-stream/lib/internal/streams/destroy.js
var require_destroy = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/destroy.js"(exports, module) {
    "use strict";
    function destroy(err, cb) {
      var _this = this;
      var readableDestroyed = this._readableState && this._readableState.destroyed;
      var writableDestroyed = this._writableState && this._writableState.destroyed;
      if (readableDestroyed || writableDestroyed) {
        if (cb) {
          cb(err);
        } else if (err) {
          if (!this._writableState) {
            process.nextTick(emitErrorNT, this, err);
          } else if (!this._writableState.errorEmitted) {
            this._writableState.errorEmitted = true;
            process.nextTick(emitErrorNT, this, err);
          }
        }
        return this;
      }
      if (this._readableState) {
        this._readableState.destroyed = true;
      }
      if (this._writableState) {
        this._writableState.destroyed = true;
      }
      this._destroy(err || null, function(err2) {
        if (!cb && err2) {
          if (!_this._writableState) {
            process.nextTick(emitErrorAndCloseNT, _this, err2);
          } else if (!_this._writableState.errorEmitted) {
            _this._writableState.errorEmitted = true;
            process.nextTick(emitErrorAndCloseNT, _this, err2);
          } else {
            process.nextTick(emitCloseNT, _this);
          }
        } else if (cb) {
          process.nextTick(emitCloseNT, _this);
          cb(err2);
        } else {
          process.nextTick(emitCloseNT, _this);
        }
      });
      return this;
    }
    function emitErrorAndCloseNT(self2, err) {
      emitErrorNT(self2, err);
      emitCloseNT(self2);
    }
    function emitCloseNT(self2) {
      if (self2._writableState && !self2._writableState.emitClose) return;
      if (self2._readableState && !self2._readableState.emitClose) return;
      self2.emit("close");
    }
    function undestroy() {
      if (this._readableState) {
        this._readableState.destroyed = false;
        this._readableState.reading = false;
        this._readableState.ended = false;
        this._readableState.endEmitted = false;
      }
      if (this._writableState) {
        this._writableState.destroyed = false;
        this._writableState.ended = false;
        this._writableState.ending = false;
        this._writableState.finalCalled = false;
        this._writableState.prefinished = false;
        this._writableState.finished = false;
        this._writableState.errorEmitted = false;
      }
    }
    function emitErrorNT(self2, err) {
      self2.emit("error", err);
    }
    function errorOrDestroy(stream, err) {
      var rState = stream._readableState;
      var wState = stream._writableState;
      if (rState && rState.autoDestroy || wState && wState.autoDestroy) stream.destroy(err);
      else stream.emit("error", err);
    }
    module.exports = {
      destroy,
      undestroy,
      errorOrDestroy
    };
  }
});

// node_modules/readable-stream/errors.js
var require_errors = __commonJS({
  "node_modules/readable-stream/errors.js"(exports, module) {
    "use strict";
    var codes = {};
    function createErrorType(code, message, Base) {
      if (!Base) {
        Base = Error;
      }
      function getMessage(arg1, arg2, arg3) {
        if (typeof message === "string") {
          return message;
        } else {
          return message(arg1, arg2, arg3);
        }
      }
      class NodeError extends Base {
        constructor(arg1, arg2, arg3) {
          super(getMessage(arg1, arg2, arg3));
        }
      }
      NodeError.prototype.name = Base.name;
      NodeError.prototype.code = code;
      codes[code] = NodeError;
    }
    function oneOf(expected, thing) {
      if (Array.isArray(expected)) {
        const len = expected.length;
        expected = expected.map((i) => String(i));
        if (len > 2) {
          return `one of ${thing} ${expected.slice(0, len - 1).join(", ")}, or ` + expected[len - 1];
        } else if (len === 2) {
          return `one of ${thing} ${expected[0]} or ${expected[1]}`;
        } else {
          return `of ${thing} ${expected[0]}`;
        }
      } else {
        return `of ${thing} ${String(expected)}`;
      }
    }
    function startsWith(str, search, pos) {
      return str.substr(!pos || pos < 0 ? 0 : +pos, search.length) === search;
    }
    function endsWith(str, search, this_len) {
      if (this_len === void 0 || this_len > str.length) {
        this_len = str.length;
      }
      return str.substring(this_len - search.length, this_len) === search;
    }
    function includes(str, search, start) {
      if (typeof start !== "number") {
        start = 0;
      }
      if (start + search.length > str.length) {
        return false;
      } else {
        return str.indexOf(search, start) !== -1;
      }
    }
    createErrorType("ERR_INVALID_OPT_VALUE", function(name2, value) {
      return 'The value "' + value + '" is invalid for option "' + name2 + '"';
    }, TypeError);
    createErrorType("ERR_INVALID_ARG_TYPE", function(name2, expected, actual) {
      let determiner;
      if (typeof expected === "string" && startsWith(expected, "not ")) {
        determiner = "must not be";
        expected = expected.replace(/^not /, "");
      } else {
        determiner = "must be";
      }
      let msg;
      if (endsWith(name2, " argument")) {
        msg = `The ${name2} ${determiner} ${oneOf(expected, "type")}`;
      } else {
        const type = includes(name2, ".") ? "property" : "argument";
        msg = `The "${name2}" ${type} ${determiner} ${oneOf(expected, "type")}`;
      }
      msg += `. Received type ${typeof actual}`;
      return msg;
    }, TypeError);
    createErrorType("ERR_STREAM_PUSH_AFTER_EOF", "stream.push() after EOF");
    createErrorType("ERR_METHOD_NOT_IMPLEMENTED", function(name2) {
      return "The " + name2 + " method is not implemented";
    });
    createErrorType("ERR_STREAM_PREMATURE_CLOSE", "Premature close");
    createErrorType("ERR_STREAM_DESTROYED", function(name2) {
      return "Cannot call " + name2 + " after a stream was destroyed";
    });
    createErrorType("ERR_MULTIPLE_CALLBACK", "Callback called multiple times");
    createErrorType("ERR_STREAM_CANNOT_PIPE", "Cannot pipe, not readable");
    createErrorType("ERR_STREAM_WRITE_AFTER_END", "write after end");
    createErrorType("ERR_STREAM_NULL_VALUES", "May not write null values to stream", TypeError);
    createErrorType("ERR_UNKNOWN_ENCODING", function(arg) {
      return "Unknown encoding: " + arg;
    }, TypeError);
    createErrorType("ERR_STREAM_UNSHIFT_AFTER_END_EVENT", "stream.unshift() after end event");
    module.exports.codes = codes;
  }
});

// node_modules/readable-stream/lib/internal/streams/state.js
var require_state = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/state.js"(exports, module) {
    "use strict";
    var ERR_INVALID_OPT_VALUE = require_errors().codes.ERR_INVALID_OPT_VALUE;
    function highWaterMarkFrom(options, isDuplex, duplexKey) {
      return options.highWaterMark != null ? options.highWaterMark : isDuplex ? options[duplexKey] : null;
    }
    function getHighWaterMark(state, options, duplexKey, isDuplex) {
      var hwm = highWaterMarkFrom(options, isDuplex, duplexKey);
      if (hwm != null) {
        if (!(isFinite(hwm) && Math.floor(hwm) === hwm) || hwm < 0) {
          var name2 = isDuplex ? duplexKey : "highWaterMark";
          throw new ERR_INVALID_OPT_VALUE(name2, hwm);
        }
        return Math.floor(hwm);
      }
      return state.objectMode ? 16 : 16 * 1024;
    }
    module.exports = {
      getHighWaterMark
    };
  }
});

// node_modules/inherits/inherits_browser.js
var require_inherits_browser = __commonJS({
  "node_modules/inherits/inherits_browser.js"(exports, module) {
    if (typeof Object.create === "function") {
      module.exports = function inherits(ctor, superCtor) {
        if (superCtor) {
          ctor.super_ = superCtor;
          ctor.prototype = Object.create(superCtor.prototype, {
            constructor: {
              value: ctor,
              enumerable: false,
              writable: true,
              configurable: true
            }
          });
        }
      };
    } else {
      module.exports = function inherits(ctor, superCtor) {
        if (superCtor) {
          ctor.super_ = superCtor;
          var TempCtor = function() {
          };
          TempCtor.prototype = superCtor.prototype;
          ctor.prototype = new TempCtor();
          ctor.prototype.constructor = ctor;
        }
      };
    }
  }
});

// node_modules/inherits/inherits.js
var require_inherits = __commonJS({
  "node_modules/inherits/inherits.js"(exports, module) {
    try {
      util = __require("util");
      if (typeof util.inherits !== "function") throw "";
      module.exports = util.inherits;
    } catch (e) {
      module.exports = require_inherits_browser();
    }
    var util;
  }
});

// node_modules/util-deprecate/node.js
var require_node = __commonJS({
  "node_modules/util-deprecate/node.js"(exports, module) {
    module.exports = __require("util").deprecate;
  }
});

// node_modules/readable-stream/lib/_stream_writable.js
var require_stream_writable = __commonJS({
  "node_modules/readable-stream/lib/_stream_writable.js"(exports, module) {
    "use strict";
    module.exports = Writable;
    function CorkedRequest(state) {
      var _this = this;
      this.next = null;
      this.entry = null;
      this.finish = function() {
        onCorkedFinish(_this, state);
      };
    }
    var Duplex2;
    Writable.WritableState = WritableState;
    var internalUtil = {
      deprecate: require_node()
    };
    var Stream = require_stream2();
    var Buffer2 = __require("buffer").Buffer;
    var OurUint8Array = (typeof global !== "undefined" ? global : typeof window !== "undefined" ? window : typeof self !== "undefined" ? self : {}).Uint8Array || function() {
    };
    function _uint8ArrayToBuffer(chunk) {
      return Buffer2.from(chunk);
    }
    function _isUint8Array(obj) {
      return Buffer2.isBuffer(obj) || obj instanceof OurUint8Array;
    }
    var destroyImpl = require_destroy();
    var _require = require_state();
    var getHighWaterMark = _require.getHighWaterMark;
    var _require$codes = require_errors().codes;
    var ERR_INVALID_ARG_TYPE = _require$codes.ERR_INVALID_ARG_TYPE;
    var ERR_METHOD_NOT_IMPLEMENTED = _require$codes.ERR_METHOD_NOT_IMPLEMENTED;
    var ERR_MULTIPLE_CALLBACK = _require$codes.ERR_MULTIPLE_CALLBACK;
    var ERR_STREAM_CANNOT_PIPE = _require$codes.ERR_STREAM_CANNOT_PIPE;
    var ERR_STREAM_DESTROYED = _require$codes.ERR_STREAM_DESTROYED;
    var ERR_STREAM_NULL_VALUES = _require$codes.ERR_STREAM_NULL_VALUES;
    var ERR_STREAM_WRITE_AFTER_END = _require$codes.ERR_STREAM_WRITE_AFTER_END;
    var ERR_UNKNOWN_ENCODING = _require$codes.ERR_UNKNOWN_ENCODING;
    var errorOrDestroy = destroyImpl.errorOrDestroy;
    require_inherits()(Writable, Stream);
    function nop() {
    }
    function WritableState(options, stream, isDuplex) {
      Duplex2 = Duplex2 || require_stream_duplex();
      options = options || {};
      if (typeof isDuplex !== "boolean") isDuplex = stream instanceof Duplex2;
      this.objectMode = !!options.objectMode;
      if (isDuplex) this.objectMode = this.objectMode || !!options.writableObjectMode;
      this.highWaterMark = getHighWaterMark(this, options, "writableHighWaterMark", isDuplex);
      this.finalCalled = false;
      this.needDrain = false;
      this.ending = false;
      this.ended = false;
      this.finished = false;
      this.destroyed = false;
      var noDecode = options.decodeStrings === false;
      this.decodeStrings = !noDecode;
      this.defaultEncoding = options.defaultEncoding || "utf8";
      this.length = 0;
      this.writing = false;
      this.corked = 0;
      this.sync = true;
      this.bufferProcessing = false;
      this.onwrite = function(er) {
        onwrite(stream, er);
      };
      this.writecb = null;
      this.writelen = 0;
      this.bufferedRequest = null;
      this.lastBufferedRequest = null;
      this.pendingcb = 0;
      this.prefinished = false;
      this.errorEmitted = false;
      this.emitClose = options.emitClose !== false;
      this.autoDestroy = !!options.autoDestroy;
      this.bufferedRequestCount = 0;
      this.corkedRequestsFree = new CorkedRequest(this);
    }
    WritableState.prototype.getBuffer = function getBuffer() {
      var current = this.bufferedRequest;
      var out = [];
      while (current) {
        out.push(current);
        current = current.next;
      }
      return out;
    };
    (function() {
      try {
        Object.defineProperty(WritableState.prototype, "buffer", {
          get: internalUtil.deprecate(function writableStateBufferGetter() {
            return this.getBuffer();
          }, "_writableState.buffer is deprecated. Use _writableState.getBuffer instead.", "DEP0003")
        });
      } catch (_) {
      }
    })();
    var realHasInstance;
    if (typeof Symbol === "function" && Symbol.hasInstance && typeof Function.prototype[Symbol.hasInstance] === "function") {
      realHasInstance = Function.prototype[Symbol.hasInstance];
      Object.defineProperty(Writable, Symbol.hasInstance, {
        value: function value(object) {
          if (realHasInstance.call(this, object)) return true;
          if (this !== Writable) return false;
          return object && object._writableState instanceof WritableState;
        }
      });
    } else {
      realHasInstance = function realHasInstance2(object) {
        return object instanceof this;
      };
    }
    function Writable(options) {
      Duplex2 = Duplex2 || require_stream_duplex();
      var isDuplex = this instanceof Duplex2;
      if (!isDuplex && !realHasInstance.call(Writable, this)) return new Writable(options);
      this._writableState = new WritableState(options, this, isDuplex);
      this.writable = true;
      if (options) {
        if (typeof options.write === "function") this._write = options.write;
        if (typeof options.writev === "function") this._writev = options.writev;
        if (typeof options.destroy === "function") this._destroy = options.destroy;
        if (typeof options.final === "function") this._final = options.final;
      }
      Stream.call(this);
    }
    Writable.prototype.pipe = function() {
      errorOrDestroy(this, new ERR_STREAM_CANNOT_PIPE());
    };
    function writeAfterEnd(stream, cb) {
      var er = new ERR_STREAM_WRITE_AFTER_END();
      errorOrDestroy(stream, er);
      process.nextTick(cb, er);
    }
    function validChunk(stream, state, chunk, cb) {
      var er;
      if (chunk === null) {
        er = new ERR_STREAM_NULL_VALUES();
      } else if (typeof chunk !== "string" && !state.objectMode) {
        er = new ERR_INVALID_ARG_TYPE("chunk", ["string", "Buffer"], chunk);
      }
      if (er) {
        errorOrDestroy(stream, er);
        process.nextTick(cb, er);
        return false;
      }
      return true;
    }
    Writable.prototype.write = function(chunk, encoding, cb) {
      var state = this._writableState;
      var ret = false;
      var isBuf = !state.objectMode && _isUint8Array(chunk);
      if (isBuf && !Buffer2.isBuffer(chunk)) {
        chunk = _uint8ArrayToBuffer(chunk);
      }
      if (typeof encoding === "function") {
        cb = encoding;
        encoding = null;
      }
      if (isBuf) encoding = "buffer";
      else if (!encoding) encoding = state.defaultEncoding;
      if (typeof cb !== "function") cb = nop;
      if (state.ending) writeAfterEnd(this, cb);
      else if (isBuf || validChunk(this, state, chunk, cb)) {
        state.pendingcb++;
        ret = writeOrBuffer(this, state, isBuf, chunk, encoding, cb);
      }
      return ret;
    };
    Writable.prototype.cork = function() {
      this._writableState.corked++;
    };
    Writable.prototype.uncork = function() {
      var state = this._writableState;
      if (state.corked) {
        state.corked--;
        if (!state.writing && !state.corked && !state.bufferProcessing && state.bufferedRequest) clearBuffer(this, state);
      }
    };
    Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
      if (typeof encoding === "string") encoding = encoding.toLowerCase();
      if (!(["hex", "utf8", "utf-8", "ascii", "binary", "base64", "ucs2", "ucs-2", "utf16le", "utf-16le", "raw"].indexOf((encoding + "").toLowerCase()) > -1)) throw new ERR_UNKNOWN_ENCODING(encoding);
      this._writableState.defaultEncoding = encoding;
      return this;
    };
    Object.defineProperty(Writable.prototype, "writableBuffer", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._writableState && this._writableState.getBuffer();
      }
    });
    function decodeChunk(state, chunk, encoding) {
      if (!state.objectMode && state.decodeStrings !== false && typeof chunk === "string") {
        chunk = Buffer2.from(chunk, encoding);
      }
      return chunk;
    }
    Object.defineProperty(Writable.prototype, "writableHighWaterMark", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._writableState.highWaterMark;
      }
    });
    function writeOrBuffer(stream, state, isBuf, chunk, encoding, cb) {
      if (!isBuf) {
        var newChunk = decodeChunk(state, chunk, encoding);
        if (chunk !== newChunk) {
          isBuf = true;
          encoding = "buffer";
          chunk = newChunk;
        }
      }
      var len = state.objectMode ? 1 : chunk.length;
      state.length += len;
      var ret = state.length < state.highWaterMark;
      if (!ret) state.needDrain = true;
      if (state.writing || state.corked) {
        var last = state.lastBufferedRequest;
        state.lastBufferedRequest = {
          chunk,
          encoding,
          isBuf,
          callback: cb,
          next: null
        };
        if (last) {
          last.next = state.lastBufferedRequest;
        } else {
          state.bufferedRequest = state.lastBufferedRequest;
        }
        state.bufferedRequestCount += 1;
      } else {
        doWrite(stream, state, false, len, chunk, encoding, cb);
      }
      return ret;
    }
    function doWrite(stream, state, writev, len, chunk, encoding, cb) {
      state.writelen = len;
      state.writecb = cb;
      state.writing = true;
      state.sync = true;
      if (state.destroyed) state.onwrite(new ERR_STREAM_DESTROYED("write"));
      else if (writev) stream._writev(chunk, state.onwrite);
      else stream._write(chunk, encoding, state.onwrite);
      state.sync = false;
    }
    function onwriteError(stream, state, sync, er, cb) {
      --state.pendingcb;
      if (sync) {
        process.nextTick(cb, er);
        process.nextTick(finishMaybe, stream, state);
        stream._writableState.errorEmitted = true;
        errorOrDestroy(stream, er);
      } else {
        cb(er);
        stream._writableState.errorEmitted = true;
        errorOrDestroy(stream, er);
        finishMaybe(stream, state);
      }
    }
    function onwriteStateUpdate(state) {
      state.writing = false;
      state.writecb = null;
      state.length -= state.writelen;
      state.writelen = 0;
    }
    function onwrite(stream, er) {
      var state = stream._writableState;
      var sync = state.sync;
      var cb = state.writecb;
      if (typeof cb !== "function") throw new ERR_MULTIPLE_CALLBACK();
      onwriteStateUpdate(state);
      if (er) onwriteError(stream, state, sync, er, cb);
      else {
        var finished = needFinish(state) || stream.destroyed;
        if (!finished && !state.corked && !state.bufferProcessing && state.bufferedRequest) {
          clearBuffer(stream, state);
        }
        if (sync) {
          process.nextTick(afterWrite, stream, state, finished, cb);
        } else {
          afterWrite(stream, state, finished, cb);
        }
      }
    }
    function afterWrite(stream, state, finished, cb) {
      if (!finished) onwriteDrain(stream, state);
      state.pendingcb--;
      cb();
      finishMaybe(stream, state);
    }
    function onwriteDrain(stream, state) {
      if (state.length === 0 && state.needDrain) {
        state.needDrain = false;
        stream.emit("drain");
      }
    }
    function clearBuffer(stream, state) {
      state.bufferProcessing = true;
      var entry = state.bufferedRequest;
      if (stream._writev && entry && entry.next) {
        var l = state.bufferedRequestCount;
        var buffer = new Array(l);
        var holder = state.corkedRequestsFree;
        holder.entry = entry;
        var count = 0;
        var allBuffers = true;
        while (entry) {
          buffer[count] = entry;
          if (!entry.isBuf) allBuffers = false;
          entry = entry.next;
          count += 1;
        }
        buffer.allBuffers = allBuffers;
        doWrite(stream, state, true, state.length, buffer, "", holder.finish);
        state.pendingcb++;
        state.lastBufferedRequest = null;
        if (holder.next) {
          state.corkedRequestsFree = holder.next;
          holder.next = null;
        } else {
          state.corkedRequestsFree = new CorkedRequest(state);
        }
        state.bufferedRequestCount = 0;
      } else {
        while (entry) {
          var chunk = entry.chunk;
          var encoding = entry.encoding;
          var cb = entry.callback;
          var len = state.objectMode ? 1 : chunk.length;
          doWrite(stream, state, false, len, chunk, encoding, cb);
          entry = entry.next;
          state.bufferedRequestCount--;
          if (state.writing) {
            break;
          }
        }
        if (entry === null) state.lastBufferedRequest = null;
      }
      state.bufferedRequest = entry;
      state.bufferProcessing = false;
    }
    Writable.prototype._write = function(chunk, encoding, cb) {
      cb(new ERR_METHOD_NOT_IMPLEMENTED("_write()"));
    };
    Writable.prototype._writev = null;
    Writable.prototype.end = function(chunk, encoding, cb) {
      var state = this._writableState;
      if (typeof chunk === "function") {
        cb = chunk;
        chunk = null;
        encoding = null;
      } else if (typeof encoding === "function") {
        cb = encoding;
        encoding = null;
      }
      if (chunk !== null && chunk !== void 0) this.write(chunk, encoding);
      if (state.corked) {
        state.corked = 1;
        this.uncork();
      }
      if (!state.ending) endWritable(this, state, cb);
      return this;
    };
    Object.defineProperty(Writable.prototype, "writableLength", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._writableState.length;
      }
    });
    function needFinish(state) {
      return state.ending && state.length === 0 && state.bufferedRequest === null && !state.finished && !state.writing;
    }
    function callFinal(stream, state) {
      stream._final(function(err) {
        state.pendingcb--;
        if (err) {
          errorOrDestroy(stream, err);
        }
        state.prefinished = true;
        stream.emit("prefinish");
        finishMaybe(stream, state);
      });
    }
    function prefinish(stream, state) {
      if (!state.prefinished && !state.finalCalled) {
        if (typeof stream._final === "function" && !state.destroyed) {
          state.pendingcb++;
          state.finalCalled = true;
          process.nextTick(callFinal, stream, state);
        } else {
          state.prefinished = true;
          stream.emit("prefinish");
        }
      }
    }
    function finishMaybe(stream, state) {
      var need2 = needFinish(state);
      if (need2) {
        prefinish(stream, state);
        if (state.pendingcb === 0) {
          state.finished = true;
          stream.emit("finish");
          if (state.autoDestroy) {
            var rState = stream._readableState;
            if (!rState || rState.autoDestroy && rState.endEmitted) {
              stream.destroy();
            }
          }
        }
      }
      return need2;
    }
    function endWritable(stream, state, cb) {
      state.ending = true;
      finishMaybe(stream, state);
      if (cb) {
        if (state.finished) process.nextTick(cb);
        else stream.once("finish", cb);
      }
      state.ended = true;
      stream.writable = false;
    }
    function onCorkedFinish(corkReq, state, err) {
      var entry = corkReq.entry;
      corkReq.entry = null;
      while (entry) {
        var cb = entry.callback;
        state.pendingcb--;
        cb(err);
        entry = entry.next;
      }
      state.corkedRequestsFree.next = corkReq;
    }
    Object.defineProperty(Writable.prototype, "destroyed", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        if (this._writableState === void 0) {
          return false;
        }
        return this._writableState.destroyed;
      },
      set: function set(value) {
        if (!this._writableState) {
          return;
        }
        this._writableState.destroyed = value;
      }
    });
    Writable.prototype.destroy = destroyImpl.destroy;
    Writable.prototype._undestroy = destroyImpl.undestroy;
    Writable.prototype._destroy = function(err, cb) {
      cb(err);
    };
  }
});

// node_modules/readable-stream/lib/_stream_duplex.js
var require_stream_duplex = __commonJS({
  "node_modules/readable-stream/lib/_stream_duplex.js"(exports, module) {
    "use strict";
    var objectKeys = Object.keys || function(obj) {
      var keys2 = [];
      for (var key2 in obj) keys2.push(key2);
      return keys2;
    };
    module.exports = Duplex2;
    var Readable = require_stream_readable();
    var Writable = require_stream_writable();
    require_inherits()(Duplex2, Readable);
    {
      keys = objectKeys(Writable.prototype);
      for (v = 0; v < keys.length; v++) {
        method = keys[v];
        if (!Duplex2.prototype[method]) Duplex2.prototype[method] = Writable.prototype[method];
      }
    }
    var keys;
    var method;
    var v;
    function Duplex2(options) {
      if (!(this instanceof Duplex2)) return new Duplex2(options);
      Readable.call(this, options);
      Writable.call(this, options);
      this.allowHalfOpen = true;
      if (options) {
        if (options.readable === false) this.readable = false;
        if (options.writable === false) this.writable = false;
        if (options.allowHalfOpen === false) {
          this.allowHalfOpen = false;
          this.once("end", onend);
        }
      }
    }
    Object.defineProperty(Duplex2.prototype, "writableHighWaterMark", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._writableState.highWaterMark;
      }
    });
    Object.defineProperty(Duplex2.prototype, "writableBuffer", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._writableState && this._writableState.getBuffer();
      }
    });
    Object.defineProperty(Duplex2.prototype, "writableLength", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._writableState.length;
      }
    });
    function onend() {
      if (this._writableState.ended) return;
      process.nextTick(onEndNT, this);
    }
    function onEndNT(self2) {
      self2.end();
    }
    Object.defineProperty(Duplex2.prototype, "destroyed", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        if (this._readableState === void 0 || this._writableState === void 0) {
          return false;
        }
        return this._readableState.destroyed && this._writableState.destroyed;
      },
      set: function set(value) {
        if (this._readableState === void 0 || this._writableState === void 0) {
          return;
        }
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    });
  }
});

// node_modules/safe-buffer/index.js
var require_safe_buffer = __commonJS({
  "node_modules/safe-buffer/index.js"(exports, module) {
    var buffer = __require("buffer");
    var Buffer2 = buffer.Buffer;
    function copyProps(src, dst) {
      for (var key2 in src) {
        dst[key2] = src[key2];
      }
    }
    if (Buffer2.from && Buffer2.alloc && Buffer2.allocUnsafe && Buffer2.allocUnsafeSlow) {
      module.exports = buffer;
    } else {
      copyProps(buffer, exports);
      exports.Buffer = SafeBuffer;
    }
    function SafeBuffer(arg, encodingOrOffset, length) {
      return Buffer2(arg, encodingOrOffset, length);
    }
    SafeBuffer.prototype = Object.create(Buffer2.prototype);
    copyProps(Buffer2, SafeBuffer);
    SafeBuffer.from = function(arg, encodingOrOffset, length) {
      if (typeof arg === "number") {
        throw new TypeError("Argument must not be a number");
      }
      return Buffer2(arg, encodingOrOffset, length);
    };
    SafeBuffer.alloc = function(size, fill, encoding) {
      if (typeof size !== "number") {
        throw new TypeError("Argument must be a number");
      }
      var buf = Buffer2(size);
      if (fill !== void 0) {
        if (typeof encoding === "string") {
          buf.fill(fill, encoding);
        } else {
          buf.fill(fill);
        }
      } else {
        buf.fill(0);
      }
      return buf;
    };
    SafeBuffer.allocUnsafe = function(size) {
      if (typeof size !== "number") {
        throw new TypeError("Argument must be a number");
      }
      return Buffer2(size);
    };
    SafeBuffer.allocUnsafeSlow = function(size) {
      if (typeof size !== "number") {
        throw new TypeError("Argument must be a number");
      }
      return buffer.SlowBuffer(size);
    };
  }
});

// node_modules/string_decoder/lib/string_decoder.js
var require_string_decoder = __commonJS({
  "node_modules/string_decoder/lib/string_decoder.js"(exports) {
    "use strict";
    var Buffer2 = require_safe_buffer().Buffer;
    var isEncoding = Buffer2.isEncoding || function(encoding) {
      encoding = "" + encoding;
      switch (encoding && encoding.toLowerCase()) {
        case "hex":
        case "utf8":
        case "utf-8":
        case "ascii":
        case "binary":
        case "base64":
        case "ucs2":
        case "ucs-2":
        case "utf16le":
        case "utf-16le":
        case "raw":
          return true;
        default:
          return false;
      }
    };
    function _normalizeEncoding(enc) {
      if (!enc) return "utf8";
      var retried;
      while (true) {
        switch (enc) {
          case "utf8":
          case "utf-8":
            return "utf8";
          case "ucs2":
          case "ucs-2":
          case "utf16le":
          case "utf-16le":
            return "utf16le";
          case "latin1":
          case "binary":
            return "latin1";
          case "base64":
          case "ascii":
          case "hex":
            return enc;
          default:
            if (retried) return;
            enc = ("" + enc).toLowerCase();
            retried = true;
        }
      }
    }
    function normalizeEncoding(enc) {
      var nenc = _normalizeEncoding(enc);
      if (typeof nenc !== "string" && (Buffer2.isEncoding === isEncoding || !isEncoding(enc))) throw new Error("Unknown encoding: " + enc);
      return nenc || enc;
    }
    exports.StringDecoder = StringDecoder;
    function StringDecoder(encoding) {
      this.encoding = normalizeEncoding(encoding);
      var nb;
      switch (this.encoding) {
        case "utf16le":
          this.text = utf16Text;
          this.end = utf16End;
          nb = 4;
          break;
        case "utf8":
          this.fillLast = utf8FillLast;
          nb = 4;
          break;
        case "base64":
          this.text = base64Text;
          this.end = base64End;
          nb = 3;
          break;
        default:
          this.write = simpleWrite;
          this.end = simpleEnd;
          return;
      }
      this.lastNeed = 0;
      this.lastTotal = 0;
      this.lastChar = Buffer2.allocUnsafe(nb);
    }
    StringDecoder.prototype.write = function(buf) {
      if (buf.length === 0) return "";
      var r;
      var i;
      if (this.lastNeed) {
        r = this.fillLast(buf);
        if (r === void 0) return "";
        i = this.lastNeed;
        this.lastNeed = 0;
      } else {
        i = 0;
      }
      if (i < buf.length) return r ? r + this.text(buf, i) : this.text(buf, i);
      return r || "";
    };
    StringDecoder.prototype.end = utf8End;
    StringDecoder.prototype.text = utf8Text;
    StringDecoder.prototype.fillLast = function(buf) {
      if (this.lastNeed <= buf.length) {
        buf.copy(this.lastChar, this.lastTotal - this.lastNeed, 0, this.lastNeed);
        return this.lastChar.toString(this.encoding, 0, this.lastTotal);
      }
      buf.copy(this.lastChar, this.lastTotal - this.lastNeed, 0, buf.length);
      this.lastNeed -= buf.length;
    };
    function utf8CheckByte(byte) {
      if (byte <= 127) return 0;
      else if (byte >> 5 === 6) return 2;
      else if (byte >> 4 === 14) return 3;
      else if (byte >> 3 === 30) return 4;
      return byte >> 6 === 2 ? -1 : -2;
    }
    function utf8CheckIncomplete(self2, buf, i) {
      var j = buf.length - 1;
      if (j < i) return 0;
      var nb = utf8CheckByte(buf[j]);
      if (nb >= 0) {
        if (nb > 0) self2.lastNeed = nb - 1;
        return nb;
      }
      if (--j < i || nb === -2) return 0;
      nb = utf8CheckByte(buf[j]);
      if (nb >= 0) {
        if (nb > 0) self2.lastNeed = nb - 2;
        return nb;
      }
      if (--j < i || nb === -2) return 0;
      nb = utf8CheckByte(buf[j]);
      if (nb >= 0) {
        if (nb > 0) {
          if (nb === 2) nb = 0;
          else self2.lastNeed = nb - 3;
        }
        return nb;
      }
      return 0;
    }
    function utf8CheckExtraBytes(self2, buf, p) {
      if ((buf[0] & 192) !== 128) {
        self2.lastNeed = 0;
        return "\uFFFD";
      }
      if (self2.lastNeed > 1 && buf.length > 1) {
        if ((buf[1] & 192) !== 128) {
          self2.lastNeed = 1;
          return "\uFFFD";
        }
        if (self2.lastNeed > 2 && buf.length > 2) {
          if ((buf[2] & 192) !== 128) {
            self2.lastNeed = 2;
            return "\uFFFD";
          }
        }
      }
    }
    function utf8FillLast(buf) {
      var p = this.lastTotal - this.lastNeed;
      var r = utf8CheckExtraBytes(this, buf, p);
      if (r !== void 0) return r;
      if (this.lastNeed <= buf.length) {
        buf.copy(this.lastChar, p, 0, this.lastNeed);
        return this.lastChar.toString(this.encoding, 0, this.lastTotal);
      }
      buf.copy(this.lastChar, p, 0, buf.length);
      this.lastNeed -= buf.length;
    }
    function utf8Text(buf, i) {
      var total = utf8CheckIncomplete(this, buf, i);
      if (!this.lastNeed) return buf.toString("utf8", i);
      this.lastTotal = total;
      var end = buf.length - (total - this.lastNeed);
      buf.copy(this.lastChar, 0, end);
      return buf.toString("utf8", i, end);
    }
    function utf8End(buf) {
      var r = buf && buf.length ? this.write(buf) : "";
      if (this.lastNeed) return r + "\uFFFD";
      return r;
    }
    function utf16Text(buf, i) {
      if ((buf.length - i) % 2 === 0) {
        var r = buf.toString("utf16le", i);
        if (r) {
          var c = r.charCodeAt(r.length - 1);
          if (c >= 55296 && c <= 56319) {
            this.lastNeed = 2;
            this.lastTotal = 4;
            this.lastChar[0] = buf[buf.length - 2];
            this.lastChar[1] = buf[buf.length - 1];
            return r.slice(0, -1);
          }
        }
        return r;
      }
      this.lastNeed = 1;
      this.lastTotal = 2;
      this.lastChar[0] = buf[buf.length - 1];
      return buf.toString("utf16le", i, buf.length - 1);
    }
    function utf16End(buf) {
      var r = buf && buf.length ? this.write(buf) : "";
      if (this.lastNeed) {
        var end = this.lastTotal - this.lastNeed;
        return r + this.lastChar.toString("utf16le", 0, end);
      }
      return r;
    }
    function base64Text(buf, i) {
      var n = (buf.length - i) % 3;
      if (n === 0) return buf.toString("base64", i);
      this.lastNeed = 3 - n;
      this.lastTotal = 3;
      if (n === 1) {
        this.lastChar[0] = buf[buf.length - 1];
      } else {
        this.lastChar[0] = buf[buf.length - 2];
        this.lastChar[1] = buf[buf.length - 1];
      }
      return buf.toString("base64", i, buf.length - n);
    }
    function base64End(buf) {
      var r = buf && buf.length ? this.write(buf) : "";
      if (this.lastNeed) return r + this.lastChar.toString("base64", 0, 3 - this.lastNeed);
      return r;
    }
    function simpleWrite(buf) {
      return buf.toString(this.encoding);
    }
    function simpleEnd(buf) {
      return buf && buf.length ? this.write(buf) : "";
    }
  }
});

// node_modules/readable-stream/lib/internal/streams/end-of-stream.js
var require_end_of_stream = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/end-of-stream.js"(exports, module) {
    "use strict";
    var ERR_STREAM_PREMATURE_CLOSE = require_errors().codes.ERR_STREAM_PREMATURE_CLOSE;
    function once(callback) {
      var called = false;
      return function() {
        if (called) return;
        called = true;
        for (var _len = arguments.length, args = new Array(_len), _key = 0; _key < _len; _key++) {
          args[_key] = arguments[_key];
        }
        callback.apply(this, args);
      };
    }
    function noop() {
    }
    function isRequest(stream) {
      return stream.setHeader && typeof stream.abort === "function";
    }
    function eos(stream, opts, callback) {
      if (typeof opts === "function") return eos(stream, null, opts);
      if (!opts) opts = {};
      callback = once(callback || noop);
      var readable = opts.readable || opts.readable !== false && stream.readable;
      var writable = opts.writable || opts.writable !== false && stream.writable;
      var onlegacyfinish = function onlegacyfinish2() {
        if (!stream.writable) onfinish();
      };
      var writableEnded = stream._writableState && stream._writableState.finished;
      var onfinish = function onfinish2() {
        writable = false;
        writableEnded = true;
        if (!readable) callback.call(stream);
      };
      var readableEnded = stream._readableState && stream._readableState.endEmitted;
      var onend = function onend2() {
        readable = false;
        readableEnded = true;
        if (!writable) callback.call(stream);
      };
      var onerror = function onerror2(err) {
        callback.call(stream, err);
      };
      var onclose = function onclose2() {
        var err;
        if (readable && !readableEnded) {
          if (!stream._readableState || !stream._readableState.ended) err = new ERR_STREAM_PREMATURE_CLOSE();
          return callback.call(stream, err);
        }
        if (writable && !writableEnded) {
          if (!stream._writableState || !stream._writableState.ended) err = new ERR_STREAM_PREMATURE_CLOSE();
          return callback.call(stream, err);
        }
      };
      var onrequest = function onrequest2() {
        stream.req.on("finish", onfinish);
      };
      if (isRequest(stream)) {
        stream.on("complete", onfinish);
        stream.on("abort", onclose);
        if (stream.req) onrequest();
        else stream.on("request", onrequest);
      } else if (writable && !stream._writableState) {
        stream.on("end", onlegacyfinish);
        stream.on("close", onlegacyfinish);
      }
      stream.on("end", onend);
      stream.on("finish", onfinish);
      if (opts.error !== false) stream.on("error", onerror);
      stream.on("close", onclose);
      return function() {
        stream.removeListener("complete", onfinish);
        stream.removeListener("abort", onclose);
        stream.removeListener("request", onrequest);
        if (stream.req) stream.req.removeListener("finish", onfinish);
        stream.removeListener("end", onlegacyfinish);
        stream.removeListener("close", onlegacyfinish);
        stream.removeListener("finish", onfinish);
        stream.removeListener("end", onend);
        stream.removeListener("error", onerror);
        stream.removeListener("close", onclose);
      };
    }
    module.exports = eos;
  }
});

// node_modules/readable-stream/lib/internal/streams/async_iterator.js
var require_async_iterator = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/async_iterator.js"(exports, module) {
    "use strict";
    var _Object$setPrototypeO;
    function _defineProperty(obj, key2, value) {
      key2 = _toPropertyKey(key2);
      if (key2 in obj) {
        Object.defineProperty(obj, key2, { value, enumerable: true, configurable: true, writable: true });
      } else {
        obj[key2] = value;
      }
      return obj;
    }
    function _toPropertyKey(arg) {
      var key2 = _toPrimitive(arg, "string");
      return typeof key2 === "symbol" ? key2 : String(key2);
    }
    function _toPrimitive(input, hint) {
      if (typeof input !== "object" || input === null) return input;
      var prim = input[Symbol.toPrimitive];
      if (prim !== void 0) {
        var res = prim.call(input, hint || "default");
        if (typeof res !== "object") return res;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return (hint === "string" ? String : Number)(input);
    }
    var finished = require_end_of_stream();
    var kLastResolve = /* @__PURE__ */ Symbol("lastResolve");
    var kLastReject = /* @__PURE__ */ Symbol("lastReject");
    var kError = /* @__PURE__ */ Symbol("error");
    var kEnded = /* @__PURE__ */ Symbol("ended");
    var kLastPromise = /* @__PURE__ */ Symbol("lastPromise");
    var kHandlePromise = /* @__PURE__ */ Symbol("handlePromise");
    var kStream = /* @__PURE__ */ Symbol("stream");
    function createIterResult(value, done) {
      return {
        value,
        done
      };
    }
    function readAndResolve(iter) {
      var resolve = iter[kLastResolve];
      if (resolve !== null) {
        var data = iter[kStream].read();
        if (data !== null) {
          iter[kLastPromise] = null;
          iter[kLastResolve] = null;
          iter[kLastReject] = null;
          resolve(createIterResult(data, false));
        }
      }
    }
    function onReadable(iter) {
      process.nextTick(readAndResolve, iter);
    }
    function wrapForNext(lastPromise, iter) {
      return function(resolve, reject) {
        lastPromise.then(function() {
          if (iter[kEnded]) {
            resolve(createIterResult(void 0, true));
            return;
          }
          iter[kHandlePromise](resolve, reject);
        }, reject);
      };
    }
    var AsyncIteratorPrototype = Object.getPrototypeOf(function() {
    });
    var ReadableStreamAsyncIteratorPrototype = Object.setPrototypeOf((_Object$setPrototypeO = {
      get stream() {
        return this[kStream];
      },
      next: function next() {
        var _this = this;
        var error = this[kError];
        if (error !== null) {
          return Promise.reject(error);
        }
        if (this[kEnded]) {
          return Promise.resolve(createIterResult(void 0, true));
        }
        if (this[kStream].destroyed) {
          return new Promise(function(resolve, reject) {
            process.nextTick(function() {
              if (_this[kError]) {
                reject(_this[kError]);
              } else {
                resolve(createIterResult(void 0, true));
              }
            });
          });
        }
        var lastPromise = this[kLastPromise];
        var promise;
        if (lastPromise) {
          promise = new Promise(wrapForNext(lastPromise, this));
        } else {
          var data = this[kStream].read();
          if (data !== null) {
            return Promise.resolve(createIterResult(data, false));
          }
          promise = new Promise(this[kHandlePromise]);
        }
        this[kLastPromise] = promise;
        return promise;
      }
    }, _defineProperty(_Object$setPrototypeO, Symbol.asyncIterator, function() {
      return this;
    }), _defineProperty(_Object$setPrototypeO, "return", function _return() {
      var _this2 = this;
      return new Promise(function(resolve, reject) {
        _this2[kStream].destroy(null, function(err) {
          if (err) {
            reject(err);
            return;
          }
          resolve(createIterResult(void 0, true));
        });
      });
    }), _Object$setPrototypeO), AsyncIteratorPrototype);
    var createReadableStreamAsyncIterator = function createReadableStreamAsyncIterator2(stream) {
      var _Object$create;
      var iterator = Object.create(ReadableStreamAsyncIteratorPrototype, (_Object$create = {}, _defineProperty(_Object$create, kStream, {
        value: stream,
        writable: true
      }), _defineProperty(_Object$create, kLastResolve, {
        value: null,
        writable: true
      }), _defineProperty(_Object$create, kLastReject, {
        value: null,
        writable: true
      }), _defineProperty(_Object$create, kError, {
        value: null,
        writable: true
      }), _defineProperty(_Object$create, kEnded, {
        value: stream._readableState.endEmitted,
        writable: true
      }), _defineProperty(_Object$create, kHandlePromise, {
        value: function value(resolve, reject) {
          var data = iterator[kStream].read();
          if (data) {
            iterator[kLastPromise] = null;
            iterator[kLastResolve] = null;
            iterator[kLastReject] = null;
            resolve(createIterResult(data, false));
          } else {
            iterator[kLastResolve] = resolve;
            iterator[kLastReject] = reject;
          }
        },
        writable: true
      }), _Object$create));
      iterator[kLastPromise] = null;
      finished(stream, function(err) {
        if (err && err.code !== "ERR_STREAM_PREMATURE_CLOSE") {
          var reject = iterator[kLastReject];
          if (reject !== null) {
            iterator[kLastPromise] = null;
            iterator[kLastResolve] = null;
            iterator[kLastReject] = null;
            reject(err);
          }
          iterator[kError] = err;
          return;
        }
        var resolve = iterator[kLastResolve];
        if (resolve !== null) {
          iterator[kLastPromise] = null;
          iterator[kLastResolve] = null;
          iterator[kLastReject] = null;
          resolve(createIterResult(void 0, true));
        }
        iterator[kEnded] = true;
      });
      stream.on("readable", onReadable.bind(null, iterator));
      return iterator;
    };
    module.exports = createReadableStreamAsyncIterator;
  }
});

// node_modules/readable-stream/lib/internal/streams/from.js
var require_from = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/from.js"(exports, module) {
    "use strict";
    function asyncGeneratorStep(gen, resolve, reject, _next, _throw, key2, arg) {
      try {
        var info = gen[key2](arg);
        var value = info.value;
      } catch (error) {
        reject(error);
        return;
      }
      if (info.done) {
        resolve(value);
      } else {
        Promise.resolve(value).then(_next, _throw);
      }
    }
    function _asyncToGenerator(fn) {
      return function() {
        var self2 = this, args = arguments;
        return new Promise(function(resolve, reject) {
          var gen = fn.apply(self2, args);
          function _next(value) {
            asyncGeneratorStep(gen, resolve, reject, _next, _throw, "next", value);
          }
          function _throw(err) {
            asyncGeneratorStep(gen, resolve, reject, _next, _throw, "throw", err);
          }
          _next(void 0);
        });
      };
    }
    function ownKeys(object, enumerableOnly) {
      var keys = Object.keys(object);
      if (Object.getOwnPropertySymbols) {
        var symbols = Object.getOwnPropertySymbols(object);
        enumerableOnly && (symbols = symbols.filter(function(sym) {
          return Object.getOwnPropertyDescriptor(object, sym).enumerable;
        })), keys.push.apply(keys, symbols);
      }
      return keys;
    }
    function _objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = null != arguments[i] ? arguments[i] : {};
        i % 2 ? ownKeys(Object(source), true).forEach(function(key2) {
          _defineProperty(target, key2, source[key2]);
        }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(target, Object.getOwnPropertyDescriptors(source)) : ownKeys(Object(source)).forEach(function(key2) {
          Object.defineProperty(target, key2, Object.getOwnPropertyDescriptor(source, key2));
        });
      }
      return target;
    }
    function _defineProperty(obj, key2, value) {
      key2 = _toPropertyKey(key2);
      if (key2 in obj) {
        Object.defineProperty(obj, key2, { value, enumerable: true, configurable: true, writable: true });
      } else {
        obj[key2] = value;
      }
      return obj;
    }
    function _toPropertyKey(arg) {
      var key2 = _toPrimitive(arg, "string");
      return typeof key2 === "symbol" ? key2 : String(key2);
    }
    function _toPrimitive(input, hint) {
      if (typeof input !== "object" || input === null) return input;
      var prim = input[Symbol.toPrimitive];
      if (prim !== void 0) {
        var res = prim.call(input, hint || "default");
        if (typeof res !== "object") return res;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return (hint === "string" ? String : Number)(input);
    }
    var ERR_INVALID_ARG_TYPE = require_errors().codes.ERR_INVALID_ARG_TYPE;
    function from(Readable, iterable, opts) {
      var iterator;
      if (iterable && typeof iterable.next === "function") {
        iterator = iterable;
      } else if (iterable && iterable[Symbol.asyncIterator]) iterator = iterable[Symbol.asyncIterator]();
      else if (iterable && iterable[Symbol.iterator]) iterator = iterable[Symbol.iterator]();
      else throw new ERR_INVALID_ARG_TYPE("iterable", ["Iterable"], iterable);
      var readable = new Readable(_objectSpread({
        objectMode: true
      }, opts));
      var reading = false;
      readable._read = function() {
        if (!reading) {
          reading = true;
          next();
        }
      };
      function next() {
        return _next2.apply(this, arguments);
      }
      function _next2() {
        _next2 = _asyncToGenerator(function* () {
          try {
            var _yield$iterator$next = yield iterator.next(), value = _yield$iterator$next.value, done = _yield$iterator$next.done;
            if (done) {
              readable.push(null);
            } else if (readable.push(yield value)) {
              next();
            } else {
              reading = false;
            }
          } catch (err) {
            readable.destroy(err);
          }
        });
        return _next2.apply(this, arguments);
      }
      return readable;
    }
    module.exports = from;
  }
});

// node_modules/readable-stream/lib/_stream_readable.js
var require_stream_readable = __commonJS({
  "node_modules/readable-stream/lib/_stream_readable.js"(exports, module) {
    "use strict";
    module.exports = Readable;
    var Duplex2;
    Readable.ReadableState = ReadableState;
    var EE = __require("events").EventEmitter;
    var EElistenerCount = function EElistenerCount2(emitter, type) {
      return emitter.listeners(type).length;
    };
    var Stream = require_stream2();
    var Buffer2 = __require("buffer").Buffer;
    var OurUint8Array = (typeof global !== "undefined" ? global : typeof window !== "undefined" ? window : typeof self !== "undefined" ? self : {}).Uint8Array || function() {
    };
    function _uint8ArrayToBuffer(chunk) {
      return Buffer2.from(chunk);
    }
    function _isUint8Array(obj) {
      return Buffer2.isBuffer(obj) || obj instanceof OurUint8Array;
    }
    var debugUtil = __require("util");
    var debug;
    if (debugUtil && debugUtil.debuglog) {
      debug = debugUtil.debuglog("stream");
    } else {
      debug = function debug2() {
      };
    }
    var BufferList = require_buffer_list();
    var destroyImpl = require_destroy();
    var _require = require_state();
    var getHighWaterMark = _require.getHighWaterMark;
    var _require$codes = require_errors().codes;
    var ERR_INVALID_ARG_TYPE = _require$codes.ERR_INVALID_ARG_TYPE;
    var ERR_STREAM_PUSH_AFTER_EOF = _require$codes.ERR_STREAM_PUSH_AFTER_EOF;
    var ERR_METHOD_NOT_IMPLEMENTED = _require$codes.ERR_METHOD_NOT_IMPLEMENTED;
    var ERR_STREAM_UNSHIFT_AFTER_END_EVENT = _require$codes.ERR_STREAM_UNSHIFT_AFTER_END_EVENT;
    var StringDecoder;
    var createReadableStreamAsyncIterator;
    var from;
    require_inherits()(Readable, Stream);
    var errorOrDestroy = destroyImpl.errorOrDestroy;
    var kProxyEvents = ["error", "close", "destroy", "pause", "resume"];
    function prependListener(emitter, event, fn) {
      if (typeof emitter.prependListener === "function") return emitter.prependListener(event, fn);
      if (!emitter._events || !emitter._events[event]) emitter.on(event, fn);
      else if (Array.isArray(emitter._events[event])) emitter._events[event].unshift(fn);
      else emitter._events[event] = [fn, emitter._events[event]];
    }
    function ReadableState(options, stream, isDuplex) {
      Duplex2 = Duplex2 || require_stream_duplex();
      options = options || {};
      if (typeof isDuplex !== "boolean") isDuplex = stream instanceof Duplex2;
      this.objectMode = !!options.objectMode;
      if (isDuplex) this.objectMode = this.objectMode || !!options.readableObjectMode;
      this.highWaterMark = getHighWaterMark(this, options, "readableHighWaterMark", isDuplex);
      this.buffer = new BufferList();
      this.length = 0;
      this.pipes = null;
      this.pipesCount = 0;
      this.flowing = null;
      this.ended = false;
      this.endEmitted = false;
      this.reading = false;
      this.sync = true;
      this.needReadable = false;
      this.emittedReadable = false;
      this.readableListening = false;
      this.resumeScheduled = false;
      this.paused = true;
      this.emitClose = options.emitClose !== false;
      this.autoDestroy = !!options.autoDestroy;
      this.destroyed = false;
      this.defaultEncoding = options.defaultEncoding || "utf8";
      this.awaitDrain = 0;
      this.readingMore = false;
      this.decoder = null;
      this.encoding = null;
      if (options.encoding) {
        if (!StringDecoder) StringDecoder = require_string_decoder().StringDecoder;
        this.decoder = new StringDecoder(options.encoding);
        this.encoding = options.encoding;
      }
    }
    function Readable(options) {
      Duplex2 = Duplex2 || require_stream_duplex();
      if (!(this instanceof Readable)) return new Readable(options);
      var isDuplex = this instanceof Duplex2;
      this._readableState = new ReadableState(options, this, isDuplex);
      this.readable = true;
      if (options) {
        if (typeof options.read === "function") this._read = options.read;
        if (typeof options.destroy === "function") this._destroy = options.destroy;
      }
      Stream.call(this);
    }
    Object.defineProperty(Readable.prototype, "destroyed", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        if (this._readableState === void 0) {
          return false;
        }
        return this._readableState.destroyed;
      },
      set: function set(value) {
        if (!this._readableState) {
          return;
        }
        this._readableState.destroyed = value;
      }
    });
    Readable.prototype.destroy = destroyImpl.destroy;
    Readable.prototype._undestroy = destroyImpl.undestroy;
    Readable.prototype._destroy = function(err, cb) {
      cb(err);
    };
    Readable.prototype.push = function(chunk, encoding) {
      var state = this._readableState;
      var skipChunkCheck;
      if (!state.objectMode) {
        if (typeof chunk === "string") {
          encoding = encoding || state.defaultEncoding;
          if (encoding !== state.encoding) {
            chunk = Buffer2.from(chunk, encoding);
            encoding = "";
          }
          skipChunkCheck = true;
        }
      } else {
        skipChunkCheck = true;
      }
      return readableAddChunk(this, chunk, encoding, false, skipChunkCheck);
    };
    Readable.prototype.unshift = function(chunk) {
      return readableAddChunk(this, chunk, null, true, false);
    };
    function readableAddChunk(stream, chunk, encoding, addToFront, skipChunkCheck) {
      debug("readableAddChunk", chunk);
      var state = stream._readableState;
      if (chunk === null) {
        state.reading = false;
        onEofChunk(stream, state);
      } else {
        var er;
        if (!skipChunkCheck) er = chunkInvalid(state, chunk);
        if (er) {
          errorOrDestroy(stream, er);
        } else if (state.objectMode || chunk && chunk.length > 0) {
          if (typeof chunk !== "string" && !state.objectMode && Object.getPrototypeOf(chunk) !== Buffer2.prototype) {
            chunk = _uint8ArrayToBuffer(chunk);
          }
          if (addToFront) {
            if (state.endEmitted) errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
            else addChunk(stream, state, chunk, true);
          } else if (state.ended) {
            errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
          } else if (state.destroyed) {
            return false;
          } else {
            state.reading = false;
            if (state.decoder && !encoding) {
              chunk = state.decoder.write(chunk);
              if (state.objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
              else maybeReadMore(stream, state);
            } else {
              addChunk(stream, state, chunk, false);
            }
          }
        } else if (!addToFront) {
          state.reading = false;
          maybeReadMore(stream, state);
        }
      }
      return !state.ended && (state.length < state.highWaterMark || state.length === 0);
    }
    function addChunk(stream, state, chunk, addToFront) {
      if (state.flowing && state.length === 0 && !state.sync) {
        state.awaitDrain = 0;
        stream.emit("data", chunk);
      } else {
        state.length += state.objectMode ? 1 : chunk.length;
        if (addToFront) state.buffer.unshift(chunk);
        else state.buffer.push(chunk);
        if (state.needReadable) emitReadable(stream);
      }
      maybeReadMore(stream, state);
    }
    function chunkInvalid(state, chunk) {
      var er;
      if (!_isUint8Array(chunk) && typeof chunk !== "string" && chunk !== void 0 && !state.objectMode) {
        er = new ERR_INVALID_ARG_TYPE("chunk", ["string", "Buffer", "Uint8Array"], chunk);
      }
      return er;
    }
    Readable.prototype.isPaused = function() {
      return this._readableState.flowing === false;
    };
    Readable.prototype.setEncoding = function(enc) {
      if (!StringDecoder) StringDecoder = require_string_decoder().StringDecoder;
      var decoder = new StringDecoder(enc);
      this._readableState.decoder = decoder;
      this._readableState.encoding = this._readableState.decoder.encoding;
      var p = this._readableState.buffer.head;
      var content = "";
      while (p !== null) {
        content += decoder.write(p.data);
        p = p.next;
      }
      this._readableState.buffer.clear();
      if (content !== "") this._readableState.buffer.push(content);
      this._readableState.length = content.length;
      return this;
    };
    var MAX_HWM = 1073741824;
    function computeNewHighWaterMark(n) {
      if (n >= MAX_HWM) {
        n = MAX_HWM;
      } else {
        n--;
        n |= n >>> 1;
        n |= n >>> 2;
        n |= n >>> 4;
        n |= n >>> 8;
        n |= n >>> 16;
        n++;
      }
      return n;
    }
    function howMuchToRead(n, state) {
      if (n <= 0 || state.length === 0 && state.ended) return 0;
      if (state.objectMode) return 1;
      if (n !== n) {
        if (state.flowing && state.length) return state.buffer.head.data.length;
        else return state.length;
      }
      if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
      if (n <= state.length) return n;
      if (!state.ended) {
        state.needReadable = true;
        return 0;
      }
      return state.length;
    }
    Readable.prototype.read = function(n) {
      debug("read", n);
      n = parseInt(n, 10);
      var state = this._readableState;
      var nOrig = n;
      if (n !== 0) state.emittedReadable = false;
      if (n === 0 && state.needReadable && ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
        debug("read: emitReadable", state.length, state.ended);
        if (state.length === 0 && state.ended) endReadable(this);
        else emitReadable(this);
        return null;
      }
      n = howMuchToRead(n, state);
      if (n === 0 && state.ended) {
        if (state.length === 0) endReadable(this);
        return null;
      }
      var doRead = state.needReadable;
      debug("need readable", doRead);
      if (state.length === 0 || state.length - n < state.highWaterMark) {
        doRead = true;
        debug("length less than watermark", doRead);
      }
      if (state.ended || state.reading) {
        doRead = false;
        debug("reading or ended", doRead);
      } else if (doRead) {
        debug("do read");
        state.reading = true;
        state.sync = true;
        if (state.length === 0) state.needReadable = true;
        this._read(state.highWaterMark);
        state.sync = false;
        if (!state.reading) n = howMuchToRead(nOrig, state);
      }
      var ret;
      if (n > 0) ret = fromList(n, state);
      else ret = null;
      if (ret === null) {
        state.needReadable = state.length <= state.highWaterMark;
        n = 0;
      } else {
        state.length -= n;
        state.awaitDrain = 0;
      }
      if (state.length === 0) {
        if (!state.ended) state.needReadable = true;
        if (nOrig !== n && state.ended) endReadable(this);
      }
      if (ret !== null) this.emit("data", ret);
      return ret;
    };
    function onEofChunk(stream, state) {
      debug("onEofChunk");
      if (state.ended) return;
      if (state.decoder) {
        var chunk = state.decoder.end();
        if (chunk && chunk.length) {
          state.buffer.push(chunk);
          state.length += state.objectMode ? 1 : chunk.length;
        }
      }
      state.ended = true;
      if (state.sync) {
        emitReadable(stream);
      } else {
        state.needReadable = false;
        if (!state.emittedReadable) {
          state.emittedReadable = true;
          emitReadable_(stream);
        }
      }
    }
    function emitReadable(stream) {
      var state = stream._readableState;
      debug("emitReadable", state.needReadable, state.emittedReadable);
      state.needReadable = false;
      if (!state.emittedReadable) {
        debug("emitReadable", state.flowing);
        state.emittedReadable = true;
        process.nextTick(emitReadable_, stream);
      }
    }
    function emitReadable_(stream) {
      var state = stream._readableState;
      debug("emitReadable_", state.destroyed, state.length, state.ended);
      if (!state.destroyed && (state.length || state.ended)) {
        stream.emit("readable");
        state.emittedReadable = false;
      }
      state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
      flow(stream);
    }
    function maybeReadMore(stream, state) {
      if (!state.readingMore) {
        state.readingMore = true;
        process.nextTick(maybeReadMore_, stream, state);
      }
    }
    function maybeReadMore_(stream, state) {
      while (!state.reading && !state.ended && (state.length < state.highWaterMark || state.flowing && state.length === 0)) {
        var len = state.length;
        debug("maybeReadMore read 0");
        stream.read(0);
        if (len === state.length)
          break;
      }
      state.readingMore = false;
    }
    Readable.prototype._read = function(n) {
      errorOrDestroy(this, new ERR_METHOD_NOT_IMPLEMENTED("_read()"));
    };
    Readable.prototype.pipe = function(dest, pipeOpts) {
      var src = this;
      var state = this._readableState;
      switch (state.pipesCount) {
        case 0:
          state.pipes = dest;
          break;
        case 1:
          state.pipes = [state.pipes, dest];
          break;
        default:
          state.pipes.push(dest);
          break;
      }
      state.pipesCount += 1;
      debug("pipe count=%d opts=%j", state.pipesCount, pipeOpts);
      var doEnd = (!pipeOpts || pipeOpts.end !== false) && dest !== process.stdout && dest !== process.stderr;
      var endFn = doEnd ? onend : unpipe;
      if (state.endEmitted) process.nextTick(endFn);
      else src.once("end", endFn);
      dest.on("unpipe", onunpipe);
      function onunpipe(readable, unpipeInfo) {
        debug("onunpipe");
        if (readable === src) {
          if (unpipeInfo && unpipeInfo.hasUnpiped === false) {
            unpipeInfo.hasUnpiped = true;
            cleanup();
          }
        }
      }
      function onend() {
        debug("onend");
        dest.end();
      }
      var ondrain = pipeOnDrain(src);
      dest.on("drain", ondrain);
      var cleanedUp = false;
      function cleanup() {
        debug("cleanup");
        dest.removeListener("close", onclose);
        dest.removeListener("finish", onfinish);
        dest.removeListener("drain", ondrain);
        dest.removeListener("error", onerror);
        dest.removeListener("unpipe", onunpipe);
        src.removeListener("end", onend);
        src.removeListener("end", unpipe);
        src.removeListener("data", ondata);
        cleanedUp = true;
        if (state.awaitDrain && (!dest._writableState || dest._writableState.needDrain)) ondrain();
      }
      src.on("data", ondata);
      function ondata(chunk) {
        debug("ondata");
        var ret = dest.write(chunk);
        debug("dest.write", ret);
        if (ret === false) {
          if ((state.pipesCount === 1 && state.pipes === dest || state.pipesCount > 1 && indexOf(state.pipes, dest) !== -1) && !cleanedUp) {
            debug("false write response, pause", state.awaitDrain);
            state.awaitDrain++;
          }
          src.pause();
        }
      }
      function onerror(er) {
        debug("onerror", er);
        unpipe();
        dest.removeListener("error", onerror);
        if (EElistenerCount(dest, "error") === 0) errorOrDestroy(dest, er);
      }
      prependListener(dest, "error", onerror);
      function onclose() {
        dest.removeListener("finish", onfinish);
        unpipe();
      }
      dest.once("close", onclose);
      function onfinish() {
        debug("onfinish");
        dest.removeListener("close", onclose);
        unpipe();
      }
      dest.once("finish", onfinish);
      function unpipe() {
        debug("unpipe");
        src.unpipe(dest);
      }
      dest.emit("pipe", src);
      if (!state.flowing) {
        debug("pipe resume");
        src.resume();
      }
      return dest;
    };
    function pipeOnDrain(src) {
      return function pipeOnDrainFunctionResult() {
        var state = src._readableState;
        debug("pipeOnDrain", state.awaitDrain);
        if (state.awaitDrain) state.awaitDrain--;
        if (state.awaitDrain === 0 && EElistenerCount(src, "data")) {
          state.flowing = true;
          flow(src);
        }
      };
    }
    Readable.prototype.unpipe = function(dest) {
      var state = this._readableState;
      var unpipeInfo = {
        hasUnpiped: false
      };
      if (state.pipesCount === 0) return this;
      if (state.pipesCount === 1) {
        if (dest && dest !== state.pipes) return this;
        if (!dest) dest = state.pipes;
        state.pipes = null;
        state.pipesCount = 0;
        state.flowing = false;
        if (dest) dest.emit("unpipe", this, unpipeInfo);
        return this;
      }
      if (!dest) {
        var dests = state.pipes;
        var len = state.pipesCount;
        state.pipes = null;
        state.pipesCount = 0;
        state.flowing = false;
        for (var i = 0; i < len; i++) dests[i].emit("unpipe", this, {
          hasUnpiped: false
        });
        return this;
      }
      var index = indexOf(state.pipes, dest);
      if (index === -1) return this;
      state.pipes.splice(index, 1);
      state.pipesCount -= 1;
      if (state.pipesCount === 1) state.pipes = state.pipes[0];
      dest.emit("unpipe", this, unpipeInfo);
      return this;
    };
    Readable.prototype.on = function(ev, fn) {
      var res = Stream.prototype.on.call(this, ev, fn);
      var state = this._readableState;
      if (ev === "data") {
        state.readableListening = this.listenerCount("readable") > 0;
        if (state.flowing !== false) this.resume();
      } else if (ev === "readable") {
        if (!state.endEmitted && !state.readableListening) {
          state.readableListening = state.needReadable = true;
          state.flowing = false;
          state.emittedReadable = false;
          debug("on readable", state.length, state.reading);
          if (state.length) {
            emitReadable(this);
          } else if (!state.reading) {
            process.nextTick(nReadingNextTick, this);
          }
        }
      }
      return res;
    };
    Readable.prototype.addListener = Readable.prototype.on;
    Readable.prototype.removeListener = function(ev, fn) {
      var res = Stream.prototype.removeListener.call(this, ev, fn);
      if (ev === "readable") {
        process.nextTick(updateReadableListening, this);
      }
      return res;
    };
    Readable.prototype.removeAllListeners = function(ev) {
      var res = Stream.prototype.removeAllListeners.apply(this, arguments);
      if (ev === "readable" || ev === void 0) {
        process.nextTick(updateReadableListening, this);
      }
      return res;
    };
    function updateReadableListening(self2) {
      var state = self2._readableState;
      state.readableListening = self2.listenerCount("readable") > 0;
      if (state.resumeScheduled && !state.paused) {
        state.flowing = true;
      } else if (self2.listenerCount("data") > 0) {
        self2.resume();
      }
    }
    function nReadingNextTick(self2) {
      debug("readable nexttick read 0");
      self2.read(0);
    }
    Readable.prototype.resume = function() {
      var state = this._readableState;
      if (!state.flowing) {
        debug("resume");
        state.flowing = !state.readableListening;
        resume(this, state);
      }
      state.paused = false;
      return this;
    };
    function resume(stream, state) {
      if (!state.resumeScheduled) {
        state.resumeScheduled = true;
        process.nextTick(resume_, stream, state);
      }
    }
    function resume_(stream, state) {
      debug("resume", state.reading);
      if (!state.reading) {
        stream.read(0);
      }
      state.resumeScheduled = false;
      stream.emit("resume");
      flow(stream);
      if (state.flowing && !state.reading) stream.read(0);
    }
    Readable.prototype.pause = function() {
      debug("call pause flowing=%j", this._readableState.flowing);
      if (this._readableState.flowing !== false) {
        debug("pause");
        this._readableState.flowing = false;
        this.emit("pause");
      }
      this._readableState.paused = true;
      return this;
    };
    function flow(stream) {
      var state = stream._readableState;
      debug("flow", state.flowing);
      while (state.flowing && stream.read() !== null) ;
    }
    Readable.prototype.wrap = function(stream) {
      var _this = this;
      var state = this._readableState;
      var paused = false;
      stream.on("end", function() {
        debug("wrapped end");
        if (state.decoder && !state.ended) {
          var chunk = state.decoder.end();
          if (chunk && chunk.length) _this.push(chunk);
        }
        _this.push(null);
      });
      stream.on("data", function(chunk) {
        debug("wrapped data");
        if (state.decoder) chunk = state.decoder.write(chunk);
        if (state.objectMode && (chunk === null || chunk === void 0)) return;
        else if (!state.objectMode && (!chunk || !chunk.length)) return;
        var ret = _this.push(chunk);
        if (!ret) {
          paused = true;
          stream.pause();
        }
      });
      for (var i in stream) {
        if (this[i] === void 0 && typeof stream[i] === "function") {
          this[i] = /* @__PURE__ */ (function methodWrap(method) {
            return function methodWrapReturnFunction() {
              return stream[method].apply(stream, arguments);
            };
          })(i);
        }
      }
      for (var n = 0; n < kProxyEvents.length; n++) {
        stream.on(kProxyEvents[n], this.emit.bind(this, kProxyEvents[n]));
      }
      this._read = function(n2) {
        debug("wrapped _read", n2);
        if (paused) {
          paused = false;
          stream.resume();
        }
      };
      return this;
    };
    if (typeof Symbol === "function") {
      Readable.prototype[Symbol.asyncIterator] = function() {
        if (createReadableStreamAsyncIterator === void 0) {
          createReadableStreamAsyncIterator = require_async_iterator();
        }
        return createReadableStreamAsyncIterator(this);
      };
    }
    Object.defineProperty(Readable.prototype, "readableHighWaterMark", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._readableState.highWaterMark;
      }
    });
    Object.defineProperty(Readable.prototype, "readableBuffer", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._readableState && this._readableState.buffer;
      }
    });
    Object.defineProperty(Readable.prototype, "readableFlowing", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._readableState.flowing;
      },
      set: function set(state) {
        if (this._readableState) {
          this._readableState.flowing = state;
        }
      }
    });
    Readable._fromList = fromList;
    Object.defineProperty(Readable.prototype, "readableLength", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function get() {
        return this._readableState.length;
      }
    });
    function fromList(n, state) {
      if (state.length === 0) return null;
      var ret;
      if (state.objectMode) ret = state.buffer.shift();
      else if (!n || n >= state.length) {
        if (state.decoder) ret = state.buffer.join("");
        else if (state.buffer.length === 1) ret = state.buffer.first();
        else ret = state.buffer.concat(state.length);
        state.buffer.clear();
      } else {
        ret = state.buffer.consume(n, state.decoder);
      }
      return ret;
    }
    function endReadable(stream) {
      var state = stream._readableState;
      debug("endReadable", state.endEmitted);
      if (!state.endEmitted) {
        state.ended = true;
        process.nextTick(endReadableNT, state, stream);
      }
    }
    function endReadableNT(state, stream) {
      debug("endReadableNT", state.endEmitted, state.length);
      if (!state.endEmitted && state.length === 0) {
        state.endEmitted = true;
        stream.readable = false;
        stream.emit("end");
        if (state.autoDestroy) {
          var wState = stream._writableState;
          if (!wState || wState.autoDestroy && wState.finished) {
            stream.destroy();
          }
        }
      }
    }
    if (typeof Symbol === "function") {
      Readable.from = function(iterable, opts) {
        if (from === void 0) {
          from = require_from();
        }
        return from(Readable, iterable, opts);
      };
    }
    function indexOf(xs, x) {
      for (var i = 0, l = xs.length; i < l; i++) {
        if (xs[i] === x) return i;
      }
      return -1;
    }
  }
});

// node_modules/readable-stream/lib/_stream_transform.js
var require_stream_transform = __commonJS({
  "node_modules/readable-stream/lib/_stream_transform.js"(exports, module) {
    "use strict";
    module.exports = Transform;
    var _require$codes = require_errors().codes;
    var ERR_METHOD_NOT_IMPLEMENTED = _require$codes.ERR_METHOD_NOT_IMPLEMENTED;
    var ERR_MULTIPLE_CALLBACK = _require$codes.ERR_MULTIPLE_CALLBACK;
    var ERR_TRANSFORM_ALREADY_TRANSFORMING = _require$codes.ERR_TRANSFORM_ALREADY_TRANSFORMING;
    var ERR_TRANSFORM_WITH_LENGTH_0 = _require$codes.ERR_TRANSFORM_WITH_LENGTH_0;
    var Duplex2 = require_stream_duplex();
    require_inherits()(Transform, Duplex2);
    function afterTransform(er, data) {
      var ts = this._transformState;
      ts.transforming = false;
      var cb = ts.writecb;
      if (cb === null) {
        return this.emit("error", new ERR_MULTIPLE_CALLBACK());
      }
      ts.writechunk = null;
      ts.writecb = null;
      if (data != null)
        this.push(data);
      cb(er);
      var rs = this._readableState;
      rs.reading = false;
      if (rs.needReadable || rs.length < rs.highWaterMark) {
        this._read(rs.highWaterMark);
      }
    }
    function Transform(options) {
      if (!(this instanceof Transform)) return new Transform(options);
      Duplex2.call(this, options);
      this._transformState = {
        afterTransform: afterTransform.bind(this),
        needTransform: false,
        transforming: false,
        writecb: null,
        writechunk: null,
        writeencoding: null
      };
      this._readableState.needReadable = true;
      this._readableState.sync = false;
      if (options) {
        if (typeof options.transform === "function") this._transform = options.transform;
        if (typeof options.flush === "function") this._flush = options.flush;
      }
      this.on("prefinish", prefinish);
    }
    function prefinish() {
      var _this = this;
      if (typeof this._flush === "function" && !this._readableState.destroyed) {
        this._flush(function(er, data) {
          done(_this, er, data);
        });
      } else {
        done(this, null, null);
      }
    }
    Transform.prototype.push = function(chunk, encoding) {
      this._transformState.needTransform = false;
      return Duplex2.prototype.push.call(this, chunk, encoding);
    };
    Transform.prototype._transform = function(chunk, encoding, cb) {
      cb(new ERR_METHOD_NOT_IMPLEMENTED("_transform()"));
    };
    Transform.prototype._write = function(chunk, encoding, cb) {
      var ts = this._transformState;
      ts.writecb = cb;
      ts.writechunk = chunk;
      ts.writeencoding = encoding;
      if (!ts.transforming) {
        var rs = this._readableState;
        if (ts.needTransform || rs.needReadable || rs.length < rs.highWaterMark) this._read(rs.highWaterMark);
      }
    };
    Transform.prototype._read = function(n) {
      var ts = this._transformState;
      if (ts.writechunk !== null && !ts.transforming) {
        ts.transforming = true;
        this._transform(ts.writechunk, ts.writeencoding, ts.afterTransform);
      } else {
        ts.needTransform = true;
      }
    };
    Transform.prototype._destroy = function(err, cb) {
      Duplex2.prototype._destroy.call(this, err, function(err2) {
        cb(err2);
      });
    };
    function done(stream, er, data) {
      if (er) return stream.emit("error", er);
      if (data != null)
        stream.push(data);
      if (stream._writableState.length) throw new ERR_TRANSFORM_WITH_LENGTH_0();
      if (stream._transformState.transforming) throw new ERR_TRANSFORM_ALREADY_TRANSFORMING();
      return stream.push(null);
    }
  }
});

// node_modules/readable-stream/lib/_stream_passthrough.js
var require_stream_passthrough = __commonJS({
  "node_modules/readable-stream/lib/_stream_passthrough.js"(exports, module) {
    "use strict";
    module.exports = PassThrough;
    var Transform = require_stream_transform();
    require_inherits()(PassThrough, Transform);
    function PassThrough(options) {
      if (!(this instanceof PassThrough)) return new PassThrough(options);
      Transform.call(this, options);
    }
    PassThrough.prototype._transform = function(chunk, encoding, cb) {
      cb(null, chunk);
    };
  }
});

// node_modules/readable-stream/lib/internal/streams/pipeline.js
var require_pipeline = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/pipeline.js"(exports, module) {
    "use strict";
    var eos;
    function once(callback) {
      var called = false;
      return function() {
        if (called) return;
        called = true;
        callback.apply(void 0, arguments);
      };
    }
    var _require$codes = require_errors().codes;
    var ERR_MISSING_ARGS = _require$codes.ERR_MISSING_ARGS;
    var ERR_STREAM_DESTROYED = _require$codes.ERR_STREAM_DESTROYED;
    function noop(err) {
      if (err) throw err;
    }
    function isRequest(stream) {
      return stream.setHeader && typeof stream.abort === "function";
    }
    function destroyer(stream, reading, writing, callback) {
      callback = once(callback);
      var closed = false;
      stream.on("close", function() {
        closed = true;
      });
      if (eos === void 0) eos = require_end_of_stream();
      eos(stream, {
        readable: reading,
        writable: writing
      }, function(err) {
        if (err) return callback(err);
        closed = true;
        callback();
      });
      var destroyed = false;
      return function(err) {
        if (closed) return;
        if (destroyed) return;
        destroyed = true;
        if (isRequest(stream)) return stream.abort();
        if (typeof stream.destroy === "function") return stream.destroy();
        callback(err || new ERR_STREAM_DESTROYED("pipe"));
      };
    }
    function call(fn) {
      fn();
    }
    function pipe(from, to) {
      return from.pipe(to);
    }
    function popCallback(streams) {
      if (!streams.length) return noop;
      if (typeof streams[streams.length - 1] !== "function") return noop;
      return streams.pop();
    }
    function pipeline() {
      for (var _len = arguments.length, streams = new Array(_len), _key = 0; _key < _len; _key++) {
        streams[_key] = arguments[_key];
      }
      var callback = popCallback(streams);
      if (Array.isArray(streams[0])) streams = streams[0];
      if (streams.length < 2) {
        throw new ERR_MISSING_ARGS("streams");
      }
      var error;
      var destroys = streams.map(function(stream, i) {
        var reading = i < streams.length - 1;
        var writing = i > 0;
        return destroyer(stream, reading, writing, function(err) {
          if (!error) error = err;
          if (err) destroys.forEach(call);
          if (reading) return;
          destroys.forEach(call);
          callback(error);
        });
      });
      return streams.reduce(pipe);
    }
    module.exports = pipeline;
  }
});

// node_modules/readable-stream/readable.js
var require_readable = __commonJS({
  "node_modules/readable-stream/readable.js"(exports, module) {
    var Stream = __require("stream");
    if (process.env.READABLE_STREAM === "disable" && Stream) {
      module.exports = Stream.Readable;
      Object.assign(module.exports, Stream);
      module.exports.Stream = Stream;
    } else {
      exports = module.exports = require_stream_readable();
      exports.Stream = Stream || exports;
      exports.Readable = exports;
      exports.Writable = require_stream_writable();
      exports.Duplex = require_stream_duplex();
      exports.Transform = require_stream_transform();
      exports.PassThrough = require_stream_passthrough();
      exports.finished = require_end_of_stream();
      exports.pipeline = require_pipeline();
    }
  }
});

// node_modules/spdy-transport/lib/spdy-transport/protocol/base/scheduler.js
var require_scheduler = __commonJS({
  "node_modules/spdy-transport/lib/spdy-transport/protocol/base/scheduler.js"(exports, module) {
    "use strict";
    var transport2 = require_spdy_transport();
    var utils = transport2.utils;
    var assert = __require("assert");
    var util = __require("util");
    var debug = require_src()("spdy:scheduler");
    var Readable = require_readable().Readable;
    function Scheduler(options) {
      Readable.call(this);
      this.window = 0.25;
      if (options && options.window) {
        this.window = options.window;
      }
      this.sync = [];
      this.list = [];
      this.count = 0;
      this.pendingTick = false;
    }
    util.inherits(Scheduler, Readable);
    module.exports = Scheduler;
    Scheduler.create = function create(options) {
      return new Scheduler(options);
    };
    function insertCompare(a, b) {
      return a.priority === b.priority ? a.stream - b.stream : b.priority - a.priority;
    }
    Scheduler.prototype.schedule = function schedule(data) {
      var priority = data.priority;
      var stream = data.stream;
      var chunks = data.chunks;
      if (priority === false) {
        debug("queue sync", chunks);
        this.sync.push(data);
        this.count += chunks.length;
        this._read();
        return;
      }
      debug("queue async priority=%d stream=%d", priority, stream, chunks);
      var item = new SchedulerItem(stream, priority);
      var index = utils.binaryLookup(this.list, item, insertCompare);
      if (index >= this.list.length || insertCompare(this.list[index], item) !== 0) {
        this.list.splice(index, 0, item);
      } else {
        item = this.list[index];
      }
      item.push(data);
      this.count += chunks.length;
      this._read();
    };
    Scheduler.prototype._read = function _read() {
      if (this.count === 0) {
        return;
      }
      if (this.pendingTick) {
        return;
      }
      this.pendingTick = true;
      var self2 = this;
      process.nextTick(function() {
        self2.pendingTick = false;
        self2.tick();
      });
    };
    Scheduler.prototype.tick = function tick() {
      if (!this.tickSync()) {
        return false;
      }
      return this.tickAsync();
    };
    Scheduler.prototype.tickSync = function tickSync() {
      var sync = this.sync;
      var res = true;
      this.sync = [];
      for (var i = 0; i < sync.length; i++) {
        var item = sync[i];
        debug("tick sync pending=%d", this.count, item.chunks);
        for (var j = 0; j < item.chunks.length; j++) {
          this.count--;
          try {
            res = this.push(item.chunks[j]);
          } catch (err) {
            this.emit("error", err);
            return false;
          }
        }
        debug("after tick sync pending=%d", this.count);
        if (item.callback) {
          item.callback(null);
        }
      }
      return res;
    };
    Scheduler.prototype.tickAsync = function tickAsync() {
      var res = true;
      var list3 = this.list;
      if (list3.length === 0) {
        return res;
      }
      var startPriority = list3[0].priority;
      for (var index = 0; list3.length > 0; index++) {
        index %= list3.length;
        if (startPriority - list3[index].priority > this.window) {
          index = 0;
        }
        debug("tick async index=%d start=%d", index, startPriority);
        var current = list3[index];
        var item = current.shift();
        if (current.isEmpty()) {
          list3.splice(index, 1);
          if (index === 0 && list3.length > 0) {
            startPriority = list3[0].priority;
          }
          index--;
        }
        debug("tick async pending=%d", this.count, item.chunks);
        for (var i = 0; i < item.chunks.length; i++) {
          this.count--;
          try {
            res = this.push(item.chunks[i]);
          } catch (err) {
            this.emit("error", err);
            return false;
          }
        }
        debug("after tick pending=%d", this.count);
        if (item.callback) {
          item.callback(null);
        }
        if (!res) {
          break;
        }
      }
      return res;
    };
    Scheduler.prototype.dump = function dump() {
      this.tickSync();
      while (!this.tickAsync()) {
      }
      assert.strictEqual(this.count, 0);
    };
    function SchedulerItem(stream, priority) {
      this.stream = stream;
      this.priority = priority;
      this.queue = [];
    }
    SchedulerItem.prototype.push = function push(chunks) {
      this.queue.push(chunks);
    };
    SchedulerItem.prototype.shift = function shift() {
      return this.queue.shift();
    };
    SchedulerItem.prototype.isEmpty = function isEmpty() {
      return this.queue.length === 0;
    };
  }
});

// node_modules/obuf/index.js
var require_obuf = __commonJS({
  "node_modules/obuf/index.js"(exports, module) {
    var Buffer2 = __require("buffer").Buffer;
    function OffsetBuffer() {
      this.offset = 0;
      this.size = 0;
      this.buffers = [];
    }
    module.exports = OffsetBuffer;
    OffsetBuffer.prototype.isEmpty = function isEmpty() {
      return this.size === 0;
    };
    OffsetBuffer.prototype.clone = function clone(size) {
      var r = new OffsetBuffer();
      r.offset = this.offset;
      r.size = size;
      r.buffers = this.buffers.slice();
      return r;
    };
    OffsetBuffer.prototype.toChunks = function toChunks() {
      if (this.size === 0)
        return [];
      if (this.offset !== 0) {
        this.buffers[0] = this.buffers[0].slice(this.offset);
        this.offset = 0;
      }
      var chunks = [];
      var off = 0;
      for (var i = 0; off <= this.size && i < this.buffers.length; i++) {
        var buf = this.buffers[i];
        off += buf.length;
        if (off > this.size) {
          buf = buf.slice(0, buf.length - (off - this.size));
          this.buffers[i] = buf;
        }
        chunks.push(buf);
      }
      if (i < this.buffers.length)
        this.buffers.length = i;
      return chunks;
    };
    OffsetBuffer.prototype.toString = function toString(enc) {
      return this.toChunks().map(function(c) {
        return c.toString(enc);
      }).join("");
    };
    OffsetBuffer.prototype.use = function use(buf, off, n) {
      this.buffers = [buf];
      this.offset = off;
      this.size = n;
    };
    OffsetBuffer.prototype.push = function push(data) {
      if (data.length === 0)
        return;
      this.size += data.length;
      this.buffers.push(data);
    };
    OffsetBuffer.prototype.has = function has(n) {
      return this.size >= n;
    };
    OffsetBuffer.prototype.skip = function skip(n) {
      if (this.size === 0)
        return;
      this.size -= n;
      if (this.offset + n < this.buffers[0].length) {
        this.offset += n;
        return;
      }
      var left = n - (this.buffers[0].length - this.offset);
      this.offset = 0;
      for (var shift = 1; left > 0 && shift < this.buffers.length; shift++) {
        var buf = this.buffers[shift];
        if (buf.length > left) {
          this.offset = left;
          break;
        }
        left -= buf.length;
      }
      this.buffers = this.buffers.slice(shift);
    };
    OffsetBuffer.prototype.copy = function copy(target, targetOff, off, n) {
      if (this.size === 0)
        return;
      if (off !== 0)
        throw new Error("Unsupported offset in .copy()");
      var toff = targetOff;
      var first = this.buffers[0];
      var toCopy = Math.min(n, first.length - this.offset);
      first.copy(target, toff, this.offset, this.offset + toCopy);
      toff += toCopy;
      var left = n - toCopy;
      for (var i = 1; left > 0 && i < this.buffers.length; i++) {
        var buf = this.buffers[i];
        var toCopy = Math.min(left, buf.length);
        buf.copy(target, toff, 0, toCopy);
        toff += toCopy;
        left -= toCopy;
      }
    };
    OffsetBuffer.prototype.take = function take(n) {
      if (n === 0)
        return new Buffer2(0);
      this.size -= n;
      var first = this.buffers[0].length - this.offset;
      if (first === n) {
        var r = this.buffers.shift();
        if (this.offset !== 0) {
          r = r.slice(this.offset);
          this.offset = 0;
        }
        return r;
      } else if (first > n) {
        var r = this.buffers[0].slice(this.offset, this.offset + n);
        this.offset += n;
        return r;
      }
      var out = new Buffer2(n);
      var toOff = 0;
      var startOff = this.offset;
      for (var i = 0; toOff !== n && i < this.buffers.length; i++) {
        var buf = this.buffers[i];
        var toCopy = Math.min(buf.length - startOff, n - toOff);
        buf.copy(out, toOff, startOff, startOff + toCopy);
        if (startOff + toCopy < buf.length) {
          this.offset = startOff + toCopy;
          break;
        } else {
          toOff += toCopy;
          startOff = 0;
        }
      }
      this.buffers = this.buffers.slice(i);
      if (this.buffers.length === 0)
        this.offset = 0;
      return out;
    };
    OffsetBuffer.prototype.peekUInt8 = function peekUInt8() {
      return this.buffers[0][this.offset];
    };
    OffsetBuffer.prototype.readUInt8 = function readUInt8() {
      this.size -= 1;
      var first = this.buffers[0];
      var r = first[this.offset];
      if (++this.offset === first.length) {
        this.offset = 0;
        this.buffers.shift();
      }
      return r;
    };
    OffsetBuffer.prototype.readUInt16LE = function readUInt16LE() {
      var first = this.buffers[0];
      this.size -= 2;
      var r;
      var shift;
      if (first.length - this.offset >= 2) {
        r = first.readUInt16LE(this.offset);
        shift = 0;
        this.offset += 2;
      } else {
        r = first[this.offset] | this.buffers[1][0] << 8;
        shift = 1;
        this.offset = 1;
      }
      if (this.offset === this.buffers[shift].length) {
        this.offset = 0;
        shift++;
      }
      if (shift !== 0)
        this.buffers = this.buffers.slice(shift);
      return r;
    };
    OffsetBuffer.prototype.readUInt24LE = function readUInt24LE() {
      var first = this.buffers[0];
      var r;
      var shift;
      var firstHas = first.length - this.offset;
      if (firstHas >= 3) {
        r = first.readUInt16LE(this.offset) | first[this.offset + 2] << 16;
        shift = 0;
        this.offset += 3;
      } else if (firstHas >= 2) {
        r = first.readUInt16LE(this.offset) | this.buffers[1][0] << 16;
        shift = 1;
        this.offset = 1;
      } else {
        r = first[this.offset];
        this.offset = 0;
        this.buffers.shift();
        this.size -= 1;
        r |= this.readUInt16LE() << 8;
        return r;
      }
      this.size -= 3;
      if (this.offset === this.buffers[shift].length) {
        this.offset = 0;
        shift++;
      }
      if (shift !== 0)
        this.buffers = this.buffers.slice(shift);
      return r;
    };
    OffsetBuffer.prototype.readUInt32LE = function readUInt32LE() {
      var first = this.buffers[0];
      var r;
      var shift;
      var firstHas = first.length - this.offset;
      if (firstHas >= 4) {
        r = first.readUInt32LE(this.offset);
        shift = 0;
        this.offset += 4;
      } else if (firstHas >= 3) {
        r = (first.readUInt16LE(this.offset) | first[this.offset + 2] << 16) + this.buffers[1][0] * 16777216;
        shift = 1;
        this.offset = 1;
      } else if (firstHas >= 2) {
        r = first.readUInt16LE(this.offset);
        this.offset = 0;
        this.buffers.shift();
        this.size -= 2;
        r += this.readUInt16LE() * 65536;
        return r;
      } else {
        r = first[this.offset];
        this.offset = 0;
        this.buffers.shift();
        this.size -= 1;
        r += this.readUInt24LE() * 256;
        return r;
      }
      this.size -= 4;
      if (this.offset === this.buffers[shift].length) {
        this.offset = 0;
        shift++;
      }
      if (shift !== 0)
        this.buffers = this.buffers.slice(shift);
      return r;
    };
    OffsetBuffer.prototype.readUInt16BE = function readUInt16BE() {
      var r = this.readUInt16LE();
      return (r & 255) << 8 | r >> 8;
    };
    OffsetBuffer.prototype.readUInt24BE = function readUInt24BE() {
      var r = this.readUInt24LE();
      return (r & 255) << 16 | (r >> 8 & 255) << 8 | r >> 16;
    };
    OffsetBuffer.prototype.readUInt32BE = function readUInt32BE() {
      var r = this.readUInt32LE();
      return ((r & 255) << 24 | (r >>> 8 & 255) << 16 | (r >>> 16 & 255) << 8 | r >>> 24) >>> 0;
    };
    function signedInt8(num) {
      if (num >= 128)
        return -(255 ^ num) - 1;
      else
        return num;
    }
    OffsetBuffer.prototype.peekInt8 = function peekInt8() {
      return signedInt8(this.peekUInt8());
    };
    OffsetBuffer.prototype.readInt8 = function readInt8() {
      return signedInt8(this.readUInt8());
    };
    function signedInt16(num) {
      if (num >= 32768)
        return -(65535 ^ num) - 1;
      else
        return num;
    }
    OffsetBuffer.prototype.readInt16BE = function readInt16BE() {
      return signedInt16(this.readUInt16BE());
    };
    OffsetBuffer.prototype.readInt16LE = function readInt16LE() {
      return signedInt16(this.readUInt16LE());
    };
    function signedInt24(num) {
      if (num >= 8388608)
        return -(16777215 ^ num) - 1;
      else
        return num;
    }
    OffsetBuffer.prototype.readInt24BE = function readInt24BE() {
      return signedInt24(this.readUInt24BE());
    };
    OffsetBuffer.prototype.readInt24LE = function readInt24LE() {
      return signedInt24(this.readUInt24LE());
    };
    function signedInt32(num) {
      if (num >= 2147483648)
        return -(4294967295 ^ num) - 1;
      else
        return num;
    }
    OffsetBuffer.prototype.readInt32BE = function readInt32BE() {
      return signedInt32(this.readUInt32BE());
    };
    OffsetBuffer.prototype.readInt32LE = function readInt32LE() {
      return signedInt32(this.readUInt32LE());
    };
  }
});

// node_modules/spdy-transport/lib/spdy-transport/protocol/base/parser.js
var require_parser = __commonJS({
  "node_modules/spdy-transport/lib/spdy-transport/protocol/base/parser.js"(exports, module) {
    "use strict";
    var transport2 = require_spdy_transport();
    var util = __require("util");
    var utils = require_base().utils;
    var OffsetBuffer = require_obuf();
    var Transform = require_readable().Transform;
    function Parser(options) {
      Transform.call(this, {
        readableObjectMode: true
      });
      this.buffer = new OffsetBuffer();
      this.partial = false;
      this.waiting = 0;
      this.window = options.window;
      this.version = null;
      this.decompress = null;
      this.dead = false;
    }
    module.exports = Parser;
    util.inherits(Parser, Transform);
    Parser.prototype.error = utils.error;
    Parser.prototype.kill = function kill() {
      this.dead = true;
    };
    Parser.prototype._transform = function transform(data, encoding, cb) {
      if (!this.dead) {
        this.buffer.push(data);
      }
      this._consume(cb);
    };
    Parser.prototype._consume = function _consume(cb) {
      var self2 = this;
      function next(err, frame) {
        if (err) {
          return cb(err);
        }
        if (Array.isArray(frame)) {
          for (var i = 0; i < frame.length; i++) {
            self2.push(frame[i]);
          }
        } else if (frame) {
          self2.push(frame);
        }
        if (!sync) {
          return self2._consume(cb);
        }
        process.nextTick(function() {
          self2._consume(cb);
        });
      }
      if (this.dead) {
        return cb();
      }
      if (this.buffer.size < this.waiting) {
        if (this.buffer.size === 0) {
          return cb();
        }
        if (this.partial) {
          var partial = this.buffer.clone(this.buffer.size);
          this.buffer.skip(partial.size);
          this.waiting -= partial.size;
          this.executePartial(partial, next);
          return;
        }
        return cb();
      }
      var sync = true;
      var content = this.buffer.clone(this.waiting);
      this.buffer.skip(this.waiting);
      this.execute(content, next);
      sync = false;
    };
    Parser.prototype.setVersion = function setVersion(version2) {
      this.version = version2;
      this.emit("version", version2);
    };
    Parser.prototype.setCompression = function setCompresion(pair) {
      this.decompress = new transport2.utils.LockStream(pair.decompress);
    };
  }
});

// node_modules/spdy-transport/lib/spdy-transport/protocol/base/framer.js
var require_framer = __commonJS({
  "node_modules/spdy-transport/lib/spdy-transport/protocol/base/framer.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var transport2 = require_spdy_transport();
    var base = require_base();
    var Scheduler = base.Scheduler;
    function Framer(options) {
      Scheduler.call(this);
      this.version = null;
      this.compress = null;
      this.window = options.window;
      this.timeout = options.timeout;
      this.pushEnabled = null;
    }
    util.inherits(Framer, Scheduler);
    module.exports = Framer;
    Framer.prototype.setVersion = function setVersion(version2) {
      this.version = version2;
      this.emit("version");
    };
    Framer.prototype.setCompression = function setCompresion(pair) {
      this.compress = new transport2.utils.LockStream(pair.compress);
    };
    Framer.prototype.enablePush = function enablePush(enable) {
      this.pushEnabled = enable;
      this.emit("_pushEnabled");
    };
    Framer.prototype._checkPush = function _checkPush(callback) {
      if (this.pushEnabled === null) {
        this.once("_pushEnabled", function() {
          this._checkPush(callback);
        });
        return;
      }
      var err = null;
      if (!this.pushEnabled) {
        err = new Error("PUSH_PROMISE disabled by other side");
      }
      process.nextTick(function() {
        return callback(err);
      });
    };
    Framer.prototype._resetTimeout = function _resetTimeout() {
      if (this.timeout) {
        this.timeout.reset();
      }
    };
  }
});

// node_modules/spdy-transport/lib/spdy-transport/protocol/base/index.js
var require_base = __commonJS({
  "node_modules/spdy-transport/lib/spdy-transport/protocol/base/index.js"(exports) {
    "use strict";
    exports.utils = require_utils2();
    exports.constants = require_constants();
    exports.Scheduler = require_scheduler();
    exports.Parser = require_parser();
    exports.Framer = require_framer();
  }
});

// node_modules/spdy-transport/lib/spdy-transport/protocol/spdy/dictionary.js
var require_dictionary = __commonJS({
  "node_modules/spdy-transport/lib/spdy-transport/protocol/spdy/dictionary.js"(exports, module) {
    "use strict";
    var dictionary = {};
    module.exports = dictionary;
    dictionary[2] = Buffer.from([
      "optionsgetheadpostputdeletetraceacceptaccept-charsetaccept-encodingaccept-",
      "languageauthorizationexpectfromhostif-modified-sinceif-matchif-none-matchi",
      "f-rangeif-unmodifiedsincemax-forwardsproxy-authorizationrangerefererteuser",
      "-agent10010120020120220320420520630030130230330430530630740040140240340440",
      "5406407408409410411412413414415416417500501502503504505accept-rangesageeta",
      "glocationproxy-authenticatepublicretry-afterservervarywarningwww-authentic",
      "ateallowcontent-basecontent-encodingcache-controlconnectiondatetrailertran",
      "sfer-encodingupgradeviawarningcontent-languagecontent-lengthcontent-locati",
      "oncontent-md5content-rangecontent-typeetagexpireslast-modifiedset-cookieMo",
      "ndayTuesdayWednesdayThursdayFridaySaturdaySundayJanFebMarAprMayJunJulAugSe",
      "pOctNovDecchunkedtext/htmlimage/pngimage/jpgimage/gifapplication/xmlapplic",
      "ation/xhtmltext/plainpublicmax-agecharset=iso-8859-1utf-8gzipdeflateHTTP/1",
      ".1statusversionurl\0"
    ].join(""));
    dictionary[3] = Buffer.from([
      0,
      0,
      0,
      7,
      111,
      112,
      116,
      105,
      // ....opti
      111,
      110,
      115,
      0,
      0,
      0,
      4,
      104,
      // ons....h
      101,
      97,
      100,
      0,
      0,
      0,
      4,
      112,
      // ead....p
      111,
      115,
      116,
      0,
      0,
      0,
      3,
      112,
      // ost....p
      117,
      116,
      0,
      0,
      0,
      6,
      100,
      101,
      // ut....de
      108,
      101,
      116,
      101,
      0,
      0,
      0,
      5,
      // lete....
      116,
      114,
      97,
      99,
      101,
      0,
      0,
      0,
      // trace...
      6,
      97,
      99,
      99,
      101,
      112,
      116,
      0,
      // .accept.
      0,
      0,
      14,
      97,
      99,
      99,
      101,
      112,
      // ...accep
      116,
      45,
      99,
      104,
      97,
      114,
      115,
      101,
      // t-charse
      116,
      0,
      0,
      0,
      15,
      97,
      99,
      99,
      // t....acc
      101,
      112,
      116,
      45,
      101,
      110,
      99,
      111,
      // ept-enco
      100,
      105,
      110,
      103,
      0,
      0,
      0,
      15,
      // ding....
      97,
      99,
      99,
      101,
      112,
      116,
      45,
      108,
      // accept-l
      97,
      110,
      103,
      117,
      97,
      103,
      101,
      0,
      // anguage.
      0,
      0,
      13,
      97,
      99,
      99,
      101,
      112,
      // ...accep
      116,
      45,
      114,
      97,
      110,
      103,
      101,
      115,
      // t-ranges
      0,
      0,
      0,
      3,
      97,
      103,
      101,
      0,
      // ....age.
      0,
      0,
      5,
      97,
      108,
      108,
      111,
      119,
      // ...allow
      0,
      0,
      0,
      13,
      97,
      117,
      116,
      104,
      // ....auth
      111,
      114,
      105,
      122,
      97,
      116,
      105,
      111,
      // orizatio
      110,
      0,
      0,
      0,
      13,
      99,
      97,
      99,
      // n....cac
      104,
      101,
      45,
      99,
      111,
      110,
      116,
      114,
      // he-contr
      111,
      108,
      0,
      0,
      0,
      10,
      99,
      111,
      // ol....co
      110,
      110,
      101,
      99,
      116,
      105,
      111,
      110,
      // nnection
      0,
      0,
      0,
      12,
      99,
      111,
      110,
      116,
      // ....cont
      101,
      110,
      116,
      45,
      98,
      97,
      115,
      101,
      // ent-base
      0,
      0,
      0,
      16,
      99,
      111,
      110,
      116,
      // ....cont
      101,
      110,
      116,
      45,
      101,
      110,
      99,
      111,
      // ent-enco
      100,
      105,
      110,
      103,
      0,
      0,
      0,
      16,
      // ding....
      99,
      111,
      110,
      116,
      101,
      110,
      116,
      45,
      // content-
      108,
      97,
      110,
      103,
      117,
      97,
      103,
      101,
      // language
      0,
      0,
      0,
      14,
      99,
      111,
      110,
      116,
      // ....cont
      101,
      110,
      116,
      45,
      108,
      101,
      110,
      103,
      // ent-leng
      116,
      104,
      0,
      0,
      0,
      16,
      99,
      111,
      // th....co
      110,
      116,
      101,
      110,
      116,
      45,
      108,
      111,
      // ntent-lo
      99,
      97,
      116,
      105,
      111,
      110,
      0,
      0,
      // cation..
      0,
      11,
      99,
      111,
      110,
      116,
      101,
      110,
      // ..conten
      116,
      45,
      109,
      100,
      53,
      0,
      0,
      0,
      // t-md5...
      13,
      99,
      111,
      110,
      116,
      101,
      110,
      116,
      // .content
      45,
      114,
      97,
      110,
      103,
      101,
      0,
      0,
      // -range..
      0,
      12,
      99,
      111,
      110,
      116,
      101,
      110,
      // ..conten
      116,
      45,
      116,
      121,
      112,
      101,
      0,
      0,
      // t-type..
      0,
      4,
      100,
      97,
      116,
      101,
      0,
      0,
      // ..date..
      0,
      4,
      101,
      116,
      97,
      103,
      0,
      0,
      // ..etag..
      0,
      6,
      101,
      120,
      112,
      101,
      99,
      116,
      // ..expect
      0,
      0,
      0,
      7,
      101,
      120,
      112,
      105,
      // ....expi
      114,
      101,
      115,
      0,
      0,
      0,
      4,
      102,
      // res....f
      114,
      111,
      109,
      0,
      0,
      0,
      4,
      104,
      // rom....h
      111,
      115,
      116,
      0,
      0,
      0,
      8,
      105,
      // ost....i
      102,
      45,
      109,
      97,
      116,
      99,
      104,
      0,
      // f-match.
      0,
      0,
      17,
      105,
      102,
      45,
      109,
      111,
      // ...if-mo
      100,
      105,
      102,
      105,
      101,
      100,
      45,
      115,
      // dified-s
      105,
      110,
      99,
      101,
      0,
      0,
      0,
      13,
      // ince....
      105,
      102,
      45,
      110,
      111,
      110,
      101,
      45,
      // if-none-
      109,
      97,
      116,
      99,
      104,
      0,
      0,
      0,
      // match...
      8,
      105,
      102,
      45,
      114,
      97,
      110,
      103,
      // .if-rang
      101,
      0,
      0,
      0,
      19,
      105,
      102,
      45,
      // e....if-
      117,
      110,
      109,
      111,
      100,
      105,
      102,
      105,
      // unmodifi
      101,
      100,
      45,
      115,
      105,
      110,
      99,
      101,
      // ed-since
      0,
      0,
      0,
      13,
      108,
      97,
      115,
      116,
      // ....last
      45,
      109,
      111,
      100,
      105,
      102,
      105,
      101,
      // -modifie
      100,
      0,
      0,
      0,
      8,
      108,
      111,
      99,
      // d....loc
      97,
      116,
      105,
      111,
      110,
      0,
      0,
      0,
      // ation...
      12,
      109,
      97,
      120,
      45,
      102,
      111,
      114,
      // .max-for
      119,
      97,
      114,
      100,
      115,
      0,
      0,
      0,
      // wards...
      6,
      112,
      114,
      97,
      103,
      109,
      97,
      0,
      // .pragma.
      0,
      0,
      18,
      112,
      114,
      111,
      120,
      121,
      // ...proxy
      45,
      97,
      117,
      116,
      104,
      101,
      110,
      116,
      // -authent
      105,
      99,
      97,
      116,
      101,
      0,
      0,
      0,
      // icate...
      19,
      112,
      114,
      111,
      120,
      121,
      45,
      97,
      // .proxy-a
      117,
      116,
      104,
      111,
      114,
      105,
      122,
      97,
      // uthoriza
      116,
      105,
      111,
      110,
      0,
      0,
      0,
      5,
      // tion....
      114,
      97,
      110,
      103,
      101,
      0,
      0,
      0,
      // range...
      7,
      114,
      101,
      102,
      101,
      114,
      101,
      114,
      // .referer
      0,
      0,
      0,
      11,
      114,
      101,
      116,
      114,
      // ....retr
      121,
      45,
      97,
      102,
      116,
      101,
      114,
      0,
      // y-after.
      0,
      0,
      6,
      115,
      101,
      114,
      118,
      101,
      // ...serve
      114,
      0,
      0,
      0,
      2,
      116,
      101,
      0,
      // r....te.
      0,
      0,
      7,
      116,
      114,
      97,
      105,
      108,
      // ...trail
      101,
      114,
      0,
      0,
      0,
      17,
      116,
      114,
      // er....tr
      97,
      110,
      115,
      102,
      101,
      114,
      45,
      101,
      // ansfer-e
      110,
      99,
      111,
      100,
      105,
      110,
      103,
      0,
      // ncoding.
      0,
      0,
      7,
      117,
      112,
      103,
      114,
      97,
      // ...upgra
      100,
      101,
      0,
      0,
      0,
      10,
      117,
      115,
      // de....us
      101,
      114,
      45,
      97,
      103,
      101,
      110,
      116,
      // er-agent
      0,
      0,
      0,
      4,
      118,
      97,
      114,
      121,
      // ....vary
      0,
      0,
      0,
      3,
      118,
      105,
      97,
      0,
      // ....via.
      0,
      0,
      7,
      119,
      97,
      114,
      110,
      105,
      // ...warni
      110,
      103,
      0,
      0,
      0,
      16,
      119,
      119,
      // ng....ww
      119,
      45,
      97,
      117,
      116,
      104,
      101,
      110,
      // w-authen
      116,
      105,
      99,
      97,
      116,
      101,
      0,
      0,
      // ticate..
      0,
      6,
      109,
      101,
      116,
      104,
      111,
      100,
      // ..method
      0,
      0,
      0,
      3,
      103,
      101,
      116,
      0,
      // ....get.
      0,
      0,
      6,
      115,
      116,
      97,
      116,
      117,
      // ...statu
      115,
      0,
      0,
      0,
      6,
      50,
      48,
      48,
      // s....200
      32,
      79,
      75,
      0,
      0,
      0,
      7,
      118,
      // .OK....v
      101,
      114,
      115,
      105,
      111,
      110,
      0,
      0,
      // ersion..
      0,
      8,
      72,
      84,
      84,
      80,
      47,
      49,
      // ..HTTP.1
      46,
      49,
      0,
      0,
      0,
      3,
      117,
      114,
      // .1....ur
      108,
      0,
      0,
      0,
      6,
      112,
      117,
      98,
      // l....pub
      108,
      105,
      99,
      0,
      0,
      0,
      10,
      115,
      // lic....s
      101,
      116,
      45,
      99,
      111,
      111,
      107,
      105,
      // et-cooki
      101,
      0,
      0,
      0,
      10,
      107,
      101,
      101,
      // e....kee
      112,
      45,
      97,
      108,
      105,
      118,
      101,
      0,
      // p-alive.
      0,
      0,
      6,
      111,
      114,
      105,
      103,
      105,
      // ...origi
      110,
      49,
      48,
      48,
      49,
      48,
      49,
      50,
      // n1001012
      48,
      49,
      50,
      48,
      50,
      50,
      48,
      53,
      // 01202205
      50,
      48,
      54,
      51,
      48,
      48,
      51,
      48,
      // 20630030
      50,
      51,
      48,
      51,
      51,
      48,
      52,
      51,
      // 23033043
      48,
      53,
      51,
      48,
      54,
      51,
      48,
      55,
      // 05306307
      52,
      48,
      50,
      52,
      48,
      53,
      52,
      48,
      // 40240540
      54,
      52,
      48,
      55,
      52,
      48,
      56,
      52,
      // 64074084
      48,
      57,
      52,
      49,
      48,
      52,
      49,
      49,
      // 09410411
      52,
      49,
      50,
      52,
      49,
      51,
      52,
      49,
      // 41241341
      52,
      52,
      49,
      53,
      52,
      49,
      54,
      52,
      // 44154164
      49,
      55,
      53,
      48,
      50,
      53,
      48,
      52,
      // 17502504
      53,
      48,
      53,
      50,
      48,
      51,
      32,
      78,
      // 505203.N
      111,
      110,
      45,
      65,
      117,
      116,
      104,
      111,
      // on-Autho
      114,
      105,
      116,
      97,
      116,
      105,
      118,
      101,
      // ritative
      32,
      73,
      110,
      102,
      111,
      114,
      109,
      97,
      // .Informa
      116,
      105,
      111,
      110,
      50,
      48,
      52,
      32,
      // tion204.
      78,
      111,
      32,
      67,
      111,
      110,
      116,
      101,
      // No.Conte
      110,
      116,
      51,
      48,
      49,
      32,
      77,
      111,
      // nt301.Mo
      118,
      101,
      100,
      32,
      80,
      101,
      114,
      109,
      // ved.Perm
      97,
      110,
      101,
      110,
      116,
      108,
      121,
      52,
      // anently4
      48,
      48,
      32,
      66,
      97,
      100,
      32,
      82,
      // 00.Bad.R
      101,
      113,
      117,
      101,
      115,
      116,
      52,
      48,
      // equest40
      49,
      32,
      85,
      110,
      97,
      117,
      116,
      104,
      // 1.Unauth
      111,
      114,
      105,
      122,
      101,
      100,
      52,
      48,
      // orized40
      51,
      32,
      70,
      111,
      114,
      98,
      105,
      100,
      // 3.Forbid
      100,
      101,
      110,
      52,
      48,
      52,
      32,
      78,
      // den404.N
      111,
      116,
      32,
      70,
      111,
      117,
      110,
      100,
      // ot.Found
      53,
      48,
      48,
      32,
      73,
      110,
      116,
      101,
      // 500.Inte
      114,
      110,
      97,
      108,
      32,
      83,
      101,
      114,
      // rnal.Ser
      118,
      101,
      114,
      32,
      69,
      114,
      114,
      111,
      // ver.Erro
      114,
      53,
      48,
      49,
      32,
      78,
      111,
      116,
      // r501.Not
      32,
      73,
      109,
      112,
      108,
      101,
      109,
      101,
      // .Impleme
      110,
      116,
      101,
      100,
      53,
      48,
      51,
      32,
      // nted503.
      83,
      101,
      114,
      118,
      105,
      99,
      101,
      32,
      // Service.
      85,
      110,
      97,
      118,
      97,
      105,
      108,
      97,
      // Unavaila
      98,
      108,
      101,
      74,
      97,
      110,
      32,
      70,
      // bleJan.F
      101,
      98,
      32,
      77,
      97,
      114,
      32,
      65,
      // eb.Mar.A
      112,
      114,
      32,
      77,
      97,
      121,
      32,
      74,
      // pr.May.J
      117,
      110,
      32,
      74,
      117,
      108,
      32,
      65,
      // un.Jul.A
      117,
      103,
      32,
      83,
      101,
      112,
      116,
      32,
      // ug.Sept.
      79,
      99,
      116,
      32,
      78,
      111,
      118,
      32,
      // Oct.Nov.
      68,
      101,
      99,
      32,
      48,
      48,
      58,
      48,
      // Dec.00.0
      48,
      58,
      48,
      48,
      32,
      77,
      111,
      110,
      // 0.00.Mon
      44,
      32,
      84,
      117,
      101,
      44,
      32,
      87,
      // ..Tue..W
      101,
      100,
      44,
      32,
      84,
      104,
      117,
      44,
      // ed..Thu.
      32,
      70,
      114,
      105,
      44,
      32,
      83,
      97,
      // .Fri..Sa
      116,
      44,
      32,
      83,
      117,
      110,
      44,
      32,
      // t..Sun..
      71,
      77,
      84,
      99,
      104,
      117,
      110,
      107,
      // GMTchunk
      101,
      100,
      44,
      116,
      101,
      120,
      116,
      47,
      // ed.text.
      104,
      116,
      109,
      108,
      44,
      105,
      109,
      97,
      // html.ima
      103,
      101,
      47,
      112,
      110,
      103,
      44,
      105,
      // ge.png.i
      109,
      97,
      103,
      101,
      47,
      106,
      112,
      103,
      // mage.jpg
      44,
      105,
      109,
      97,
      103,
      101,
      47,
      103,
      // .image.g
      105,
      102,
      44,
      97,
      112,
      112,
      108,
      105,
      // if.appli
      99,
      97,
      116,
      105,
      111,
      110,
      47,
      120,
      // cation.x
      109,
      108,
      44,
      97,
      112,
      112,
      108,
      105,
      // ml.appli
      99,
      97,
      116,
      105,
      111,
      110,
      47,
      120,
      // cation.x
      104,
      116,
      109,
      108,
      43,
      120,
      109,
      108,
      // html.xml
      44,
      116,
      101,
      120,
      116,
      47,
      112,
      108,
      // .text.pl
      97,
      105,
      110,
      44,
      116,
      101,
      120,
      116,
      // ain.text
      47,
      106,
      97,
      118,
      97,
      115,
      99,
      114,
      // .javascr
      105,
      112,
      116,
      44,
      112,
      117,
      98,
      108,
      // ipt.publ
      105,
      99,
      112,
      114,
      105,
      118,
      97,
      116,
      // icprivat
      101,
      109,
      97,
      120,
      45,
      97,
      103,
      101,
      // emax-age
      61,
      103,
      122,
      105,
      112,
      44,
      100,
      101,
      // .gzip.de
      102,
      108,
      97,
      116,
      101,
      44,
      115,
      100,
      // flate.sd
      99,
      104,
      99,
      104,
      97,
      114,
      115,
      101,
      // chcharse
      116,
      61,
      117,
      116,
      102,
      45,
      56,
      99,
      // t.utf-8c
      104,
      97,
      114,
      115,
      101,
      116,
      61,
      105,
      // harset.i
      115,
      111,
      45,
      56,
      56,
      53,
      57,
      45,
      // so-8859-
      49,
      44,
      117,
      116,
      102,
      45,
      44,
      42,
      // 1.utf-..
      44,
      101,
      110,
      113,
      61,
      48,
      46
      // .enq.0.
    ]);
    dictionary[3.1] = dictionary[3];
  }
});

// node_modules/spdy-transport/lib/spdy-transport/protocol/spdy/constants.js
var require_constants2 = __commonJS({
  "node_modules/spdy-transport/lib/spdy-transport/protocol/spdy/constants.js"(exports) {
    "use strict";
    var transport2 = require_spdy_transport();
    var base = transport2.protocol.base;
    exports.FRAME_HEADER_SIZE = 8;
    exports.PING_OPAQUE_SIZE = 4;
    exports.MAX_CONCURRENT_STREAMS = Infinity;
    exports.DEFAULT_MAX_HEADER_LIST_SIZE = Infinity;
    exports.DEFAULT_WEIGHT = 16;
    exports.frameType = {
      SYN_STREAM: 1,
      SYN_REPLY: 2,
      RST_STREAM: 3,
      SETTINGS: 4,
      PING: 6,
      GOAWAY: 7,
      HEADERS: 8,
      WINDOW_UPDATE: 9,
      // Custom
      X_FORWARDED_FOR: 61440
    };
    exports.flags = {
      FLAG_FIN: 1,
      FLAG_COMPRESSED: 2,
      FLAG_UNIDIRECTIONAL: 2
    };
    exports.error = {
      PROTOCOL_ERROR: 1,
      INVALID_STREAM: 2,
      REFUSED_STREAM: 3,
      UNSUPPORTED_VERSION: 4,
      CANCEL: 5,
      INTERNAL_ERROR: 6,
      FLOW_CONTROL_ERROR: 7,
      STREAM_IN_USE: 8,
      // STREAM_ALREADY_CLOSED: 9
      STREAM_CLOSED: 9,
      INVALID_CREDENTIALS: 10,
      FRAME_TOO_LARGE: 11
    };
    exports.errorByCode = base.utils.reverse(exports.error);
    exports.settings = {
      FLAG_SETTINGS_PERSIST_VALUE: 1,
      FLAG_SETTINGS_PERSISTED: 2,
      SETTINGS_UPLOAD_BANDWIDTH: 1,
      SETTINGS_DOWNLOAD_BANDWIDTH: 2,
      SETTINGS_ROUND_TRIP_TIME: 3,
      SETTINGS_MAX_CONCURRENT_STREAMS: 4,
      SETTINGS_CURRENT_CWND: 5,
      SETTINGS_DOWNLOAD_RETRANS_RATE: 6,
      SETTINGS_INITIAL_WINDOW_SIZE: 7,
      SETTINGS_CLIENT_CERTIFICATE_VECTOR_SIZE: 8
    };
    exports.settingsIndex = [
      null,
      "upload_bandwidth",
      "download_bandwidth",
      "round_trip_time",
      "max_concurrent_streams",
      "current_cwnd",
      "download_retrans_rate",
      "initial_window_size",
      "client_certificate_vector_size"
    ];
    exports.DEFAULT_WINDOW = 64 * 1024;
    exports.MAX_INITIAL_WINDOW_SIZE = 2147483647;
    exports.goaway = {
      OK: 0,
      PROTOCOL_ERROR: 1,
      INTERNAL_ERROR: 2
    };
    exports.goawayByCode = base.utils.reverse(exports.goaway);
    exports.statusReason = {
      100: "Continue",
      101: "Switching Protocols",
      102: "Processing",
      // RFC 2518, obsoleted by RFC 4918
      200: "OK",
      201: "Created",
      202: "Accepted",
      203: "Non-Authoritative Information",
      204: "No Content",
      205: "Reset Content",
      206: "Partial Content",
      207: "Multi-Status",
      // RFC 4918
      300: "Multiple Choices",
      301: "Moved Permanently",
      302: "Moved Temporarily",
      303: "See Other",
      304: "Not Modified",
      305: "Use Proxy",
      307: "Temporary Redirect",
      308: "Permanent Redirect",
      // RFC 7238
      400: "Bad Request",
      401: "Unauthorized",
      402: "Payment Required",
      403: "Forbidden",
      404: "Not Found",
      405: "Method Not Allowed",
      406: "Not Acceptable",
      407: "Proxy Authentication Required",
      408: "Request Time-out",
      409: "Conflict",
      410: "Gone",
      411: "Length Required",
      412: "Precondition Failed",
      413: "Request Entity Too Large",
      414: "Request-URI Too Large",
      415: "Unsupported Media Type",
      416: "Requested Range Not Satisfiable",
      417: "Expectation Failed",
      418: "I'm a teapot",
      // RFC 2324
      422: "Unprocessable Entity",
      // RFC 4918
      423: "Locked",
      // RFC 4918
      424: "Failed Dependency",
      // RFC 4918
      425: "Unordered Collection",
      // RFC 4918
      426: "Upgrade Required",
      // RFC 2817
      428: "Precondition Required",
      // RFC 6585
      429: "Too Many Requests",
      // RFC 6585
      431: "Request Header Fields Too Large",
      // RFC 6585
      500: "Internal Server Error",
      501: "Not Implemented",
      502: "Bad Gateway",
      503: "Service Unavailable",
      504: "Gateway Time-out",
      505: "HTTP Version Not Supported",
      506: "Variant Also Negotiates",
      // RFC 2295
      507: "Insufficient Storage",
      // RFC 4918
      509: "Bandwidth Limit Exceeded",
      510: "Not Extended",
      // RFC 2774
      511: "Network Authentication Required"
      // RFC 6585
    };
  }
});

// node_modules/spdy-transport/lib/spdy-transport/protocol/spdy/parser.js
var require_parser2 = __commonJS({
  "node_modules/spdy-transport/lib/spdy-transport/protocol/spdy/parser.js"(exports) {
    "use strict";
    var parser = exports;
    var transport2 = require_spdy_transport();
    var base = transport2.protocol.base;
    var utils = base.utils;
    var constants2 = require_constants2();
    var assert = __require("assert");
    var util = __require("util");
    var OffsetBuffer = require_obuf();
    function Parser(options) {
      base.Parser.call(this, options);
      this.isServer = options.isServer;
      this.waiting = constants2.FRAME_HEADER_SIZE;
      this.state = "frame-head";
      this.pendingHeader = null;
    }
    util.inherits(Parser, base.Parser);
    parser.create = function create(options) {
      return new Parser(options);
    };
    Parser.prototype.setMaxFrameSize = function setMaxFrameSize(size) {
    };
    Parser.prototype.setMaxHeaderListSize = function setMaxHeaderListSize(size) {
    };
    Parser.prototype.skipPreface = function skipPreface() {
    };
    Parser.prototype.execute = function execute(buffer, callback) {
      if (this.state === "frame-head") {
        return this.onFrameHead(buffer, callback);
      }
      assert(this.state === "frame-body" && this.pendingHeader !== null);
      var self2 = this;
      var header = this.pendingHeader;
      this.pendingHeader = null;
      this.onFrameBody(header, buffer, function(err, frame) {
        if (err) {
          return callback(err);
        }
        self2.state = "frame-head";
        self2.waiting = constants2.FRAME_HEADER_SIZE;
        self2.partial = false;
        callback(null, frame);
      });
    };
    Parser.prototype.executePartial = function executePartial(buffer, callback) {
      var header = this.pendingHeader;
      if (this.window) {
        this.window.recv.update(-buffer.size);
      }
      callback(null, {
        type: "DATA",
        id: header.id,
        // Partial DATA can't be FIN
        fin: false,
        data: buffer.take(buffer.size)
      });
    };
    Parser.prototype.onFrameHead = function onFrameHead(buffer, callback) {
      var header = {
        control: (buffer.peekUInt8() & 128) === 128,
        version: null,
        type: null,
        id: null,
        flags: null,
        length: null
      };
      if (header.control) {
        header.version = buffer.readUInt16BE() & 32767;
        header.type = buffer.readUInt16BE();
      } else {
        header.id = buffer.readUInt32BE(0) & 2147483647;
      }
      header.flags = buffer.readUInt8();
      header.length = buffer.readUInt24BE();
      if (this.version === null && header.control) {
        if (header.version !== 2 && header.version !== 3) {
          return callback(new Error("Unsupported SPDY version: " + header.version));
        }
        this.setVersion(header.version);
      }
      this.state = "frame-body";
      this.waiting = header.length;
      this.pendingHeader = header;
      this.partial = !header.control;
      callback(null, null);
    };
    Parser.prototype.onFrameBody = function onFrameBody(header, buffer, callback) {
      if (!header.control) {
        if (this.window) {
          this.window.recv.update(-buffer.size);
        }
        if ((header.flags & constants2.flags.FLAG_COMPRESSED) !== 0) {
          return callback(new Error("DATA compression not supported"));
        }
        if (header.id === 0) {
          return callback(this.error(
            constants2.error.PROTOCOL_ERROR,
            "Invalid stream id for DATA"
          ));
        }
        return callback(null, {
          type: "DATA",
          id: header.id,
          fin: (header.flags & constants2.flags.FLAG_FIN) !== 0,
          data: buffer.take(buffer.size)
        });
      }
      if (header.type === 1 || header.type === 2) {
        this.onSynHeadFrame(header.type, header.flags, buffer, callback);
      } else if (header.type === 3) {
        this.onRSTFrame(buffer, callback);
      } else if (header.type === 4) {
        this.onSettingsFrame(buffer, callback);
      } else if (header.type === 5) {
        callback(null, { type: "NOOP" });
      } else if (header.type === 6) {
        this.onPingFrame(buffer, callback);
      } else if (header.type === 7) {
        this.onGoawayFrame(buffer, callback);
      } else if (header.type === 8) {
        this.onHeaderFrames(buffer, callback);
      } else if (header.type === 9) {
        this.onWindowUpdateFrame(buffer, callback);
      } else if (header.type === 61440) {
        this.onXForwardedFrame(buffer, callback);
      } else {
        callback(null, { type: "unknown: " + header.type });
      }
    };
    Parser.prototype._filterHeader = function _filterHeader(headers, name2) {
      var res = {};
      var keys = Object.keys(headers);
      for (var i = 0; i < keys.length; i++) {
        var key2 = keys[i];
        if (key2 !== name2) {
          res[key2] = headers[key2];
        }
      }
      return res;
    };
    Parser.prototype.onSynHeadFrame = function onSynHeadFrame(type, flags, body2, callback) {
      var self2 = this;
      var stream = type === 1;
      var offset = stream ? 10 : this.version === 2 ? 6 : 4;
      if (!body2.has(offset)) {
        return callback(new Error("SynHead OOB"));
      }
      var head = body2.clone(offset);
      body2.skip(offset);
      this.parseKVs(body2, function(err, headers) {
        if (err) {
          return callback(err);
        }
        if (stream && (!headers[":method"] || !headers[":path"])) {
          return callback(new Error("Missing `:method` and/or `:path` header"));
        }
        var id = head.readUInt32BE() & 2147483647;
        if (id === 0) {
          return callback(self2.error(
            constants2.error.PROTOCOL_ERROR,
            "Invalid stream id for HEADERS"
          ));
        }
        var associated = stream ? head.readUInt32BE() & 2147483647 : 0;
        var priority = stream ? head.readUInt8() >> 5 : utils.weightToPriority(constants2.DEFAULT_WEIGHT);
        var fin = (flags & constants2.flags.FLAG_FIN) !== 0;
        var unidir = (flags & constants2.flags.FLAG_UNIDIRECTIONAL) !== 0;
        var path = headers[":path"];
        var isPush = stream && associated !== 0;
        var weight = utils.priorityToWeight(priority);
        var priorityInfo = {
          weight,
          exclusive: false,
          parent: 0
        };
        if (!isPush) {
          callback(null, {
            type: "HEADERS",
            id,
            priority: priorityInfo,
            fin,
            writable: !unidir,
            headers,
            path
          });
          return;
        }
        if (stream && !headers[":status"]) {
          return callback(new Error("Missing `:status` header"));
        }
        var filteredHeaders = self2._filterHeader(headers, ":status");
        callback(null, [{
          type: "PUSH_PROMISE",
          id: associated,
          fin: false,
          promisedId: id,
          headers: filteredHeaders,
          path
        }, {
          type: "HEADERS",
          id,
          fin,
          priority: priorityInfo,
          writable: true,
          path: void 0,
          headers: {
            ":status": headers[":status"]
          }
        }]);
      });
    };
    Parser.prototype.onHeaderFrames = function onHeaderFrames(body2, callback) {
      var offset = this.version === 2 ? 6 : 4;
      if (!body2.has(offset)) {
        return callback(new Error("HEADERS OOB"));
      }
      var streamId = body2.readUInt32BE() & 2147483647;
      if (this.version === 2) {
        body2.skip(2);
      }
      this.parseKVs(body2, function(err, headers) {
        if (err) {
          return callback(err);
        }
        callback(null, {
          type: "HEADERS",
          priority: {
            parent: 0,
            exclusive: false,
            weight: constants2.DEFAULT_WEIGHT
          },
          id: streamId,
          fin: false,
          writable: true,
          path: void 0,
          headers
        });
      });
    };
    Parser.prototype.parseKVs = function parseKVs(buffer, callback) {
      var self2 = this;
      this.decompress.write(buffer.toChunks(), function(err, chunks) {
        if (err) {
          return callback(err);
        }
        var buffer2 = new OffsetBuffer();
        for (var i = 0; i < chunks.length; i++) {
          buffer2.push(chunks[i]);
        }
        var size = self2.version === 2 ? 2 : 4;
        if (!buffer2.has(size)) {
          return callback(new Error("KV OOB"));
        }
        var count = self2.version === 2 ? buffer2.readUInt16BE() : buffer2.readUInt32BE();
        var headers = {};
        function readString() {
          if (!buffer2.has(size)) {
            return null;
          }
          var len = self2.version === 2 ? buffer2.readUInt16BE() : buffer2.readUInt32BE();
          if (!buffer2.has(len)) {
            return null;
          }
          var value2 = buffer2.take(len);
          return value2.toString();
        }
        while (count > 0) {
          var key2 = readString();
          var value = readString();
          if (key2 === null || value === null) {
            return callback(new Error("Headers OOB"));
          }
          if (self2.version < 3) {
            var isInternal = /^(method|version|url|host|scheme|status)$/.test(key2);
            if (key2 === "url") {
              key2 = "path";
            }
            if (isInternal) {
              key2 = ":" + key2;
            }
          }
          if (key2 === ":status") {
            value = value.split(/ /g, 2)[0];
          }
          count--;
          if (key2 === ":host") {
            key2 = ":authority";
          }
          if (key2 === ":version") {
            continue;
          }
          value = value.split(/\0/g);
          for (var j = 0; j < value.length; j++) {
            utils.addHeaderLine(key2, value[j], headers);
          }
        }
        callback(null, headers);
      });
    };
    Parser.prototype.onRSTFrame = function onRSTFrame(body2, callback) {
      if (!body2.has(8)) {
        return callback(new Error("RST OOB"));
      }
      var frame = {
        type: "RST",
        id: body2.readUInt32BE() & 2147483647,
        code: constants2.errorByCode[body2.readUInt32BE()]
      };
      if (frame.id === 0) {
        return callback(this.error(
          constants2.error.PROTOCOL_ERROR,
          "Invalid stream id for RST"
        ));
      }
      if (body2.size !== 0) {
        frame.extra = body2.take(body2.size);
      }
      callback(null, frame);
    };
    Parser.prototype.onSettingsFrame = function onSettingsFrame(body2, callback) {
      if (!body2.has(4)) {
        return callback(new Error("SETTINGS OOB"));
      }
      var settings = {};
      var number = body2.readUInt32BE();
      var idMap = {
        1: "upload_bandwidth",
        2: "download_bandwidth",
        3: "round_trip_time",
        4: "max_concurrent_streams",
        5: "current_cwnd",
        6: "download_retrans_rate",
        7: "initial_window_size",
        8: "client_certificate_vector_size"
      };
      if (!body2.has(number * 8)) {
        return callback(new Error("SETTINGS OOB#2"));
      }
      for (var i = 0; i < number; i++) {
        var id = this.version === 2 ? body2.readUInt32LE() : body2.readUInt32BE();
        var flags = id >> 24 & 255;
        id = id & 16777215;
        if (flags & 2) {
          continue;
        }
        var name2 = idMap[id];
        settings[name2] = body2.readUInt32BE();
      }
      callback(null, {
        type: "SETTINGS",
        settings
      });
    };
    Parser.prototype.onPingFrame = function onPingFrame(body2, callback) {
      if (!body2.has(4)) {
        return callback(new Error("PING OOB"));
      }
      var isServer = this.isServer;
      var opaque = body2.clone(body2.size).take(body2.size);
      var id = body2.readUInt32BE();
      var ack = isServer ? id % 2 === 0 : id % 2 === 1;
      callback(null, { type: "PING", opaque, ack });
    };
    Parser.prototype.onGoawayFrame = function onGoawayFrame(body2, callback) {
      if (!body2.has(8)) {
        return callback(new Error("GOAWAY OOB"));
      }
      callback(null, {
        type: "GOAWAY",
        lastId: body2.readUInt32BE() & 2147483647,
        code: constants2.goawayByCode[body2.readUInt32BE()]
      });
    };
    Parser.prototype.onWindowUpdateFrame = function onWindowUpdateFrame(body2, callback) {
      if (!body2.has(8)) {
        return callback(new Error("WINDOW_UPDATE OOB"));
      }
      callback(null, {
        type: "WINDOW_UPDATE",
        id: body2.readUInt32BE() & 2147483647,
        delta: body2.readInt32BE()
      });
    };
    Parser.prototype.onXForwardedFrame = function onXForwardedFrame(body2, callback) {
      if (!body2.has(4)) {
        return callback(new Error("X_FORWARDED OOB"));
      }
      var len = body2.readUInt32BE();
      if (!body2.has(len)) {
        return callback(new Error("X_FORWARDED host length OOB"));
      }
      callback(null, {
        type: "X_FORWARDED_FOR",
        host: body2.take(len).toString()
      });
    };
  }
});

// node_modules/minimalistic-assert/index.js
var require_minimalistic_assert = __commonJS({
  "node_modules/minimalistic-assert/index.js"(exports, module) {
    module.exports = assert;
    function assert(val, msg) {
      if (!val)
        throw new Error(msg || "Assertion failed");
    }
    assert.equal = function assertEqual(l, r, msg) {
      if (l != r)
        throw new Error(msg || "Assertion failed: " + l + " != " + r);
    };
  }
});

// node_modules/wbuf/index.js
var require_wbuf = __commonJS({
  "node_modules/wbuf/index.js"(exports, module) {
    var assert = require_minimalistic_assert();
    var Buffer2 = __require("buffer").Buffer;
    function WBuf() {
      this.buffers = [];
      this.toReserve = 0;
      this.size = 0;
      this.maxSize = 0;
      this.avail = 0;
      this.last = null;
      this.offset = 0;
      this.sliceQueue = null;
      this.forceReserve = false;
      this.reserveRate = 64;
    }
    module.exports = WBuf;
    WBuf.prototype.reserve = function reserve(n) {
      this.toReserve += n;
      if (this.forceReserve)
        this.toReserve = Math.max(this.toReserve, this.reserveRate);
    };
    WBuf.prototype._ensure = function _ensure(n) {
      if (this.avail >= n)
        return;
      if (this.toReserve === 0)
        this.toReserve = this.reserveRate;
      this.toReserve = Math.max(n - this.avail, this.toReserve);
      if (this.avail === 0)
        this._next();
    };
    WBuf.prototype._next = function _next() {
      var buf;
      if (this.sliceQueue === null) {
        buf = new Buffer2(this.toReserve);
      } else {
        buf = this.sliceQueue.shift();
        if (this.sliceQueue.length === 0)
          this.sliceQueue = null;
      }
      this.toReserve = 0;
      this.buffers.push(buf);
      this.avail = buf.length;
      this.offset = 0;
      this.last = buf;
    };
    WBuf.prototype._rangeCheck = function _rangeCheck() {
      if (this.maxSize !== 0 && this.size > this.maxSize)
        throw new RangeError("WBuf overflow");
    };
    WBuf.prototype._move = function _move(n) {
      this.size += n;
      if (this.avail === 0)
        this.last = null;
      this._rangeCheck();
    };
    WBuf.prototype.slice = function slice(start, end) {
      assert(0 <= start && start <= this.size);
      assert(0 <= end && end <= this.size);
      if (this.last === null)
        this._next();
      var res = new WBuf();
      if (start >= this.size - this.offset) {
        res.buffers.push(this.last);
        res.last = this.last;
        res.offset = start - this.size + this.offset;
        res.maxSize = end - start;
        res.avail = res.maxSize;
        return res;
      }
      var startIndex = -1;
      var startOffset = 0;
      var endIndex = -1;
      var offset = 0;
      for (var i = 0; i < this.buffers.length; i++) {
        var buf = this.buffers[i];
        var next = offset + buf.length;
        if (start >= offset && start <= next) {
          startIndex = i;
          startOffset = start - offset;
          if (endIndex !== -1)
            break;
        }
        if (end >= offset && end <= next) {
          endIndex = i;
          if (startIndex !== -1)
            break;
        }
        offset = next;
      }
      res.last = this.buffers[startIndex];
      res.offset = startOffset;
      res.maxSize = end - start;
      if (startIndex < endIndex) {
        res.sliceQueue = this.buffers.slice(startIndex + 1, endIndex + 1);
        res.last = res.last.slice(res.offset);
        res.offset = 0;
      }
      res.avail = res.last.length - res.offset;
      res.buffers.push(res.last);
      return res;
    };
    WBuf.prototype.skip = function skip(n) {
      if (n === 0)
        return this.slice(this.size, this.size);
      this._ensure(n);
      var left = n;
      while (left > 0) {
        var toSkip = Math.min(left, this.avail);
        left -= toSkip;
        this.size += toSkip;
        if (toSkip === this.avail) {
          if (left !== 0) {
            this._next();
          } else {
            this.avail -= toSkip;
            this.offset += toSkip;
          }
        } else {
          this.offset += toSkip;
          this.avail -= toSkip;
        }
      }
      this._rangeCheck();
      return this.slice(this.size - n, this.size);
    };
    WBuf.prototype.write = function write(str) {
      var len = 0;
      for (var i = 0; i < str.length; i++) {
        var c = str.charCodeAt(i);
        if (c > 255)
          len += 2;
        else
          len += 1;
      }
      this.reserve(len);
      for (var i = 0; i < str.length; i++) {
        var c = str.charCodeAt(i);
        var hi = c >>> 8;
        var lo = c & 255;
        if (hi)
          this.writeUInt8(hi);
        this.writeUInt8(lo);
      }
    };
    WBuf.prototype.copyFrom = function copyFrom(buf, start, end) {
      var off = start === void 0 ? 0 : start;
      var len = end === void 0 ? buf.length : end;
      if (off === len)
        return;
      this._ensure(len - off);
      while (off < len) {
        var toCopy = Math.min(len - off, this.avail);
        buf.copy(this.last, this.offset, off, off + toCopy);
        off += toCopy;
        this.size += toCopy;
        if (toCopy === this.avail) {
          if (off !== len) {
            this._next();
          } else {
            this.avail = 0;
            this.offset += toCopy;
          }
        } else {
          this.offset += toCopy;
          this.avail -= toCopy;
        }
      }
      this._rangeCheck();
    };
    WBuf.prototype.writeUInt8 = function writeUInt8(v) {
      this._ensure(1);
      this.last[this.offset++] = v;
      this.avail--;
      this._move(1);
    };
    WBuf.prototype.writeUInt16BE = function writeUInt16BE(v) {
      this._ensure(2);
      if (this.avail >= 2) {
        this.last.writeUInt16BE(v, this.offset);
        this.offset += 2;
        this.avail -= 2;
      } else {
        this.last[this.offset] = v >>> 8;
        this._next();
        this.last[this.offset++] = v & 255;
        this.avail--;
      }
      this._move(2);
    };
    WBuf.prototype.writeUInt24BE = function writeUInt24BE(v) {
      this._ensure(3);
      if (this.avail >= 3) {
        this.last.writeUInt16BE(v >>> 8, this.offset);
        this.last[this.offset + 2] = v & 255;
        this.offset += 3;
        this.avail -= 3;
        this._move(3);
      } else if (this.avail >= 2) {
        this.last.writeUInt16BE(v >>> 8, this.offset);
        this._next();
        this.last[this.offset++] = v & 255;
        this.avail--;
        this._move(3);
      } else {
        this.last[this.offset] = v >>> 16;
        this._move(1);
        this._next();
        this.writeUInt16BE(v & 65535);
      }
    };
    WBuf.prototype.writeUInt32BE = function writeUInt32BE(v) {
      this._ensure(4);
      if (this.avail >= 4) {
        this.last.writeUInt32BE(v, this.offset);
        this.offset += 4;
        this.avail -= 4;
        this._move(4);
      } else if (this.avail >= 3) {
        this.writeUInt24BE(v >>> 8);
        this._next();
        this.last[this.offset++] = v & 255;
        this.avail--;
        this._move(1);
      } else {
        this.writeUInt16BE(v >>> 16);
        this.writeUInt16BE(v & 65535);
      }
    };
    WBuf.prototype.writeUInt16LE = function writeUInt16LE(num) {
      var r = (num & 255) << 8 | num >>> 8;
      this.writeUInt16BE(r);
    };
    WBuf.prototype.writeUInt24LE = function writeUInt24LE(num) {
      var r = (num & 255) << 16 | (num >>> 8 & 255) << 8 | num >>> 16;
      this.writeUInt24BE(r);
    };
    WBuf.prototype.writeUInt32LE = function writeUInt32LE(num) {
      this._ensure(4);
      if (this.avail >= 4) {
        this.last.writeUInt32LE(num, this.offset);
        this.offset += 4;
        this.avail -= 4;
        this._move(4);
      } else if (this.avail >= 3) {
        this.writeUInt24LE(num & 16777215);
        this._next();
        this.last[this.offset++] = num >>> 24;
        this.avail--;
        this._move(1);
      } else {
        this.writeUInt16LE(num & 65535);
        this.writeUInt16LE(num >>> 16);
      }
    };
    WBuf.prototype.render = function render() {
      var left = this.size;
      var out = [];
      for (var i = 0; i < this.buffers.length && left >= 0; i++) {
        var buf = this.buffers[i];
        left -= buf.length;
        if (left >= 0) {
          out.push(buf);
        } else {
          out.push(buf.slice(0, buf.length + left));
        }
      }
      return out;
    };
    WBuf.prototype.writeInt8 = function writeInt8(num) {
      if (num < 0)
        return this.writeUInt8(256 + num);
      else
        return this.writeUInt8(num);
    };
    function toUnsigned16(num) {
      if (num < 0)
        return 65536 + num;
      else
        return num;
    }
    WBuf.prototype.writeInt16LE = function writeInt16LE(num) {
      this.writeUInt16LE(toUnsigned16(num));
    };
    WBuf.prototype.writeInt16BE = function writeInt16BE(num) {
      this.writeUInt16BE(toUnsigned16(num));
    };
    function toUnsigned24(num) {
      if (num < 0)
        return 16777216 + num;
      else
        return num;
    }
    WBuf.prototype.writeInt24LE = function writeInt24LE(num) {
      this.writeUInt24LE(toUnsigned24(num));
    };
    WBuf.prototype.writeInt24BE = function writeInt24BE(num) {
      this.writeUInt24BE(toUnsigned24(num));
    };
    function toUnsigned32(num) {
      if (num < 0)
        return 4294967295 + num + 1;
      else
        return num;
    }
    WBuf.prototype.writeInt32LE = function writeInt32LE(num) {
      this.writeUInt32LE(toUnsigned32(num));
    };
    WBuf.prototype.writeInt32BE = function writeInt32BE(num) {
      this.writeUInt32BE(toUnsigned32(num));
    };
    WBuf.prototype.writeComb = function writeComb(size, endian, value) {
      if (size === 1)
        return this.writeUInt8(value);
      if (endian === "le") {
        if (size === 2)
          this.writeUInt16LE(value);
        else if (size === 3)
          this.writeUInt24LE(value);
        else if (size === 4)
          this.writeUInt32LE(value);
      } else {
        if (size === 2)
          this.writeUInt16BE(value);
        else if (size === 3)
          this.writeUInt24BE(value);
        else if (size === 4)
          this.writeUInt32BE(value);
      }
    };
  }
});

// node_modules/spdy-transport/lib/spdy-transport/protocol/spdy/framer.js
var require_framer2 = __commonJS({
  "node_modules/spdy-transport/lib/spdy-transport/protocol/spdy/framer.js"(exports, module) {
    "use strict";
    var transport2 = require_spdy_transport();
    var constants2 = require_spdy().constants;
    var base = transport2.protocol.base;
    var utils = base.utils;
    var assert = __require("assert");
    var util = __require("util");
    var Buffer2 = __require("buffer").Buffer;
    var WriteBuffer = require_wbuf();
    var debug = require_src()("spdy:framer");
    function Framer(options) {
      base.Framer.call(this, options);
    }
    util.inherits(Framer, base.Framer);
    module.exports = Framer;
    Framer.create = function create(options) {
      return new Framer(options);
    };
    Framer.prototype.setMaxFrameSize = function setMaxFrameSize(size) {
    };
    Framer.prototype.headersToDict = function headersToDict(headers, preprocess, callback) {
      function stringify2(value) {
        if (value !== void 0) {
          if (Array.isArray(value)) {
            return value.join("\0");
          } else if (typeof value === "string") {
            return value;
          } else {
            return value.toString();
          }
        } else {
          return "";
        }
      }
      var loweredHeaders = {};
      Object.keys(headers || {}).map(function(key2) {
        loweredHeaders[key2.toLowerCase()] = headers[key2];
      });
      if (preprocess) {
        preprocess(loweredHeaders);
      }
      var size = this.version === 2 ? 2 : 4;
      var len = size;
      var pairs = Object.keys(loweredHeaders).filter(function(key2) {
        var lkey = key2.toLowerCase();
        if (lkey === "host" && this.version >= 3) {
          return false;
        }
        return lkey !== "connection" && lkey !== "keep-alive" && lkey !== "proxy-connection" && lkey !== "transfer-encoding";
      }, this).map(function(key2) {
        var klen = Buffer2.byteLength(key2);
        var value = stringify2(loweredHeaders[key2]);
        var vlen = Buffer2.byteLength(value);
        len += size * 2 + klen + vlen;
        return [klen, key2, vlen, value];
      });
      var block = new WriteBuffer();
      block.reserve(len);
      if (this.version === 2) {
        block.writeUInt16BE(pairs.length);
      } else {
        block.writeUInt32BE(pairs.length);
      }
      pairs.forEach(function(pair) {
        if (this.version === 2) {
          block.writeUInt16BE(pair[0]);
        } else {
          block.writeUInt32BE(pair[0]);
        }
        block.write(pair[1]);
        if (this.version === 2) {
          block.writeUInt16BE(pair[2]);
        } else {
          block.writeUInt32BE(pair[2]);
        }
        block.write(pair[3]);
      }, this);
      assert(this.compress !== null, "Framer version not initialized");
      this.compress.write(block.render(), callback);
    };
    Framer.prototype._frame = function _frame(frame, body2, callback) {
      if (!this.version) {
        this.on("version", function() {
          this._frame(frame, body2, callback);
        });
        return;
      }
      debug("id=%d type=%s", frame.id, frame.type);
      var buffer = new WriteBuffer();
      buffer.writeUInt16BE(32768 | this.version);
      buffer.writeUInt16BE(constants2.frameType[frame.type]);
      buffer.writeUInt8(frame.flags);
      var len = buffer.skip(3);
      body2(buffer);
      var frameSize = buffer.size - constants2.FRAME_HEADER_SIZE;
      len.writeUInt24BE(frameSize);
      var chunks = buffer.render();
      var toWrite = {
        stream: frame.id,
        priority: false,
        chunks,
        callback
      };
      this._resetTimeout();
      this.schedule(toWrite);
      return chunks;
    };
    Framer.prototype._synFrame = function _synFrame(frame, callback) {
      var self2 = this;
      if (!frame.path) {
        throw new Error("`path` is required frame argument");
      }
      function preprocess(headers) {
        var method = frame.method || base.constants.DEFAULT_METHOD;
        var version2 = frame.version || "HTTP/1.1";
        var scheme = frame.scheme || "https";
        var host = frame.host || frame.headers && frame.headers.host || base.constants.DEFAULT_HOST;
        if (self2.version === 2) {
          headers.method = method;
          headers.version = version2;
          headers.url = frame.path;
          headers.scheme = scheme;
          headers.host = host;
          if (frame.status) {
            headers.status = frame.status;
          }
        } else {
          headers[":method"] = method;
          headers[":version"] = version2;
          headers[":path"] = frame.path;
          headers[":scheme"] = scheme;
          headers[":host"] = host;
          if (frame.status) {
            headers[":status"] = frame.status;
          }
        }
      }
      this.headersToDict(frame.headers, preprocess, function(err, chunks) {
        if (err) {
          if (callback) {
            return callback(err);
          } else {
            return self2.emit("error", err);
          }
        }
        self2._frame({
          type: "SYN_STREAM",
          id: frame.id,
          flags: frame.fin ? constants2.flags.FLAG_FIN : 0
        }, function(buf) {
          buf.reserve(10);
          buf.writeUInt32BE(frame.id & 2147483647);
          buf.writeUInt32BE(frame.associated & 2147483647);
          var weight = frame.priority && frame.priority.weight || constants2.DEFAULT_WEIGHT;
          var priority = utils.weightToPriority(weight);
          buf.writeUInt8(priority << 5);
          buf.writeUInt8(0);
          for (var i = 0; i < chunks.length; i++) {
            buf.copyFrom(chunks[i]);
          }
        }, callback);
      });
    };
    Framer.prototype.requestFrame = function requestFrame(frame, callback) {
      this._synFrame({
        id: frame.id,
        fin: frame.fin,
        associated: 0,
        method: frame.method,
        version: frame.version,
        scheme: frame.scheme,
        host: frame.host,
        path: frame.path,
        priority: frame.priority,
        headers: frame.headers
      }, callback);
    };
    Framer.prototype.responseFrame = function responseFrame(frame, callback) {
      var self2 = this;
      var reason = frame.reason;
      if (!reason) {
        reason = constants2.statusReason[frame.status];
      }
      function preprocess(headers) {
        if (self2.version === 2) {
          headers.status = frame.status + " " + reason;
          headers.version = "HTTP/1.1";
        } else {
          headers[":status"] = frame.status + " " + reason;
          headers[":version"] = "HTTP/1.1";
        }
      }
      this.headersToDict(frame.headers, preprocess, function(err, chunks) {
        if (err) {
          if (callback) {
            return callback(err);
          } else {
            return self2.emit("error", err);
          }
        }
        self2._frame({
          type: "SYN_REPLY",
          id: frame.id,
          flags: 0
        }, function(buf) {
          buf.reserve(self2.version === 2 ? 6 : 4);
          buf.writeUInt32BE(frame.id & 2147483647);
          if (self2.version === 2) {
            buf.writeUInt16BE(0);
          }
          for (var i = 0; i < chunks.length; i++) {
            buf.copyFrom(chunks[i]);
          }
        }, callback);
      });
    };
    Framer.prototype.pushFrame = function pushFrame(frame, callback) {
      var self2 = this;
      this._checkPush(function(err) {
        if (err) {
          return callback(err);
        }
        self2._synFrame({
          id: frame.promisedId,
          associated: frame.id,
          method: frame.method,
          status: frame.status || 200,
          version: frame.version,
          scheme: frame.scheme,
          host: frame.host,
          path: frame.path,
          priority: frame.priority,
          // Merge everything together, there is no difference in SPDY protocol
          headers: Object.assign(Object.assign({}, frame.headers), frame.response)
        }, callback);
      });
    };
    Framer.prototype.headersFrame = function headersFrame(frame, callback) {
      var self2 = this;
      this.headersToDict(frame.headers, null, function(err, chunks) {
        if (err) {
          if (callback) {
            return callback(err);
          } else {
            return self2.emit("error", err);
          }
        }
        self2._frame({
          type: "HEADERS",
          id: frame.id,
          priority: false,
          flags: 0
        }, function(buf) {
          buf.reserve(4 + (self2.version === 2 ? 2 : 0));
          buf.writeUInt32BE(frame.id & 2147483647);
          if (self2.version === 2) {
            buf.writeUInt16BE(0);
          }
          for (var i = 0; i < chunks.length; i++) {
            buf.copyFrom(chunks[i]);
          }
        }, callback);
      });
    };
    Framer.prototype.dataFrame = function dataFrame(frame, callback) {
      if (!this.version) {
        return this.on("version", function() {
          this.dataFrame(frame, callback);
        });
      }
      debug("id=%d type=DATA", frame.id);
      var buffer = new WriteBuffer();
      buffer.reserve(8 + frame.data.length);
      buffer.writeUInt32BE(frame.id & 2147483647);
      buffer.writeUInt8(frame.fin ? 1 : 0);
      buffer.writeUInt24BE(frame.data.length);
      buffer.copyFrom(frame.data);
      var chunks = buffer.render();
      var toWrite = {
        stream: frame.id,
        priority: frame.priority,
        chunks,
        callback
      };
      var self2 = this;
      this._resetTimeout();
      var bypass = this.version < 3.1;
      this.window.send.update(-frame.data.length, bypass ? void 0 : function() {
        self2._resetTimeout();
        self2.schedule(toWrite);
      });
      if (bypass) {
        this._resetTimeout();
        this.schedule(toWrite);
      }
    };
    Framer.prototype.pingFrame = function pingFrame(frame, callback) {
      this._frame({
        type: "PING",
        id: 0,
        flags: 0
      }, function(buf, callback2) {
        buf.reserve(4);
        var opaque = frame.opaque;
        buf.writeUInt32BE(opaque.readUInt32BE(opaque.length - 4, true));
      }, callback);
    };
    Framer.prototype.rstFrame = function rstFrame(frame, callback) {
      this._frame({
        type: "RST_STREAM",
        id: frame.id,
        flags: 0
      }, function(buf) {
        buf.reserve(8);
        buf.writeUInt32BE(frame.id & 2147483647);
        buf.writeUInt32BE(constants2.error[frame.code]);
        if (frame.extra) {
          buf.write(frame.extra);
        }
      }, callback);
    };
    Framer.prototype.prefaceFrame = function prefaceFrame() {
    };
    Framer.prototype.settingsFrame = function settingsFrame(options, callback) {
      var self2 = this;
      var key2 = this.version + "/" + JSON.stringify(options);
      var settings = Framer.settingsCache[key2];
      if (settings) {
        debug("cached settings");
        this._resetTimeout();
        this.schedule({
          stream: 0,
          priority: false,
          chunks: settings,
          callback
        });
        return;
      }
      var params = [];
      for (var i = 0; i < constants2.settingsIndex.length; i++) {
        var name2 = constants2.settingsIndex[i];
        if (!name2) {
          continue;
        }
        if (!isFinite(options[name2])) {
          continue;
        }
        if (options[name2] !== void 0) {
          params.push({ key: i, value: options[name2] });
        }
      }
      var frame = this._frame({
        type: "SETTINGS",
        id: 0,
        flags: 0
      }, function(buf) {
        buf.reserve(4 + 8 * params.length);
        buf.writeUInt32BE(params.length);
        params.forEach(function(param) {
          var flag = constants2.settings.FLAG_SETTINGS_PERSIST_VALUE << 24;
          if (self2.version === 2) {
            buf.writeUInt32LE(flag | param.key);
          } else {
            buf.writeUInt32BE(flag | param.key);
          }
          buf.writeUInt32BE(param.value & 2147483647);
        });
      }, callback);
      Framer.settingsCache[key2] = frame;
    };
    Framer.settingsCache = {};
    Framer.prototype.ackSettingsFrame = function ackSettingsFrame(callback) {
      if (callback) {
        process.nextTick(callback);
      }
    };
    Framer.prototype.windowUpdateFrame = function windowUpdateFrame(frame, callback) {
      this._frame({
        type: "WINDOW_UPDATE",
        id: frame.id,
        flags: 0
      }, function(buf) {
        buf.reserve(8);
        buf.writeUInt32BE(frame.id & 2147483647);
        buf.writeInt32BE(frame.delta);
      }, callback);
    };
    Framer.prototype.goawayFrame = function goawayFrame(frame, callback) {
      this._frame({
        type: "GOAWAY",
        id: 0,
        flags: 0
      }, function(buf) {
        buf.reserve(8);
        buf.writeUInt32BE(frame.lastId & 2147483647);
        buf.writeUInt32BE(constants2.goaway[frame.code]);
      }, callback);
    };
    Framer.prototype.priorityFrame = function priorityFrame(frame, callback) {
      if (callback) {
        process.nextTick(callback);
      }
    };
    Framer.prototype.xForwardedFor = function xForwardedFor(frame, callback) {
      this._frame({
        type: "X_FORWARDED_FOR",
        id: 0,
        flags: 0
      }, function(buf) {
        buf.writeUInt32BE(Buffer2.byteLength(frame.host));
        buf.write(frame.host);
      }, callback);
    };
  }
});

// node_modules/spdy-transport/lib/spdy-transport/protocol/spdy/zlib-pool.js
var require_zlib_pool = __commonJS({
  "node_modules/spdy-transport/lib/spdy-transport/protocol/spdy/zlib-pool.js"(exports) {
    "use strict";
    var zlibpool = exports;
    var zlib = __require("zlib");
    var transport2 = require_spdy_transport();
    function createDeflate2(version2, compression) {
      var deflate = zlib.createDeflate({
        dictionary: transport2.protocol.spdy.dictionary[version2],
        flush: zlib.Z_SYNC_FLUSH,
        windowBits: 11,
        level: compression ? zlib.Z_DEFAULT_COMPRESSION : zlib.Z_NO_COMPRESSION
      });
      deflate._flush = zlib.Z_SYNC_FLUSH;
      return deflate;
    }
    function createInflate2(version2) {
      var inflate = zlib.createInflate({
        dictionary: transport2.protocol.spdy.dictionary[version2],
        flush: zlib.Z_SYNC_FLUSH
      });
      inflate._flush = zlib.Z_SYNC_FLUSH;
      return inflate;
    }
    function Pool(compression) {
      this.compression = compression;
      this.pool = {
        2: [],
        3: [],
        3.1: []
      };
    }
    zlibpool.create = function create(compression) {
      return new Pool(compression);
    };
    Pool.prototype.get = function get(version2) {
      if (this.pool[version2].length > 0) {
        return this.pool[version2].pop();
      } else {
        var id = version2;
        return {
          version: version2,
          compress: createDeflate2(id, this.compression),
          decompress: createInflate2(id)
        };
      }
    };
    Pool.prototype.put = function put(pair) {
      this.pool[pair.version].push(pair);
    };
  }
});

// node_modules/spdy-transport/lib/spdy-transport/protocol/spdy/index.js
var require_spdy = __commonJS({
  "node_modules/spdy-transport/lib/spdy-transport/protocol/spdy/index.js"(exports) {
    "use strict";
    exports.name = "spdy";
    exports.dictionary = require_dictionary();
    exports.constants = require_constants2();
    exports.parser = require_parser2();
    exports.framer = require_framer2();
    exports.compressionPool = require_zlib_pool();
  }
});

// node_modules/spdy-transport/lib/spdy-transport/protocol/http2/constants.js
var require_constants3 = __commonJS({
  "node_modules/spdy-transport/lib/spdy-transport/protocol/http2/constants.js"(exports) {
    "use strict";
    var transport2 = require_spdy_transport();
    var base = transport2.protocol.base;
    exports.PREFACE_SIZE = 24;
    exports.PREFACE = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";
    exports.PREFACE_BUFFER = Buffer.from(exports.PREFACE);
    exports.PING_OPAQUE_SIZE = 8;
    exports.FRAME_HEADER_SIZE = 9;
    exports.INITIAL_MAX_FRAME_SIZE = 16384;
    exports.ABSOLUTE_MAX_FRAME_SIZE = 16777215;
    exports.HEADER_TABLE_SIZE = 4096;
    exports.DEFAULT_MAX_HEADER_LIST_SIZE = 80 * 1024;
    exports.MAX_INITIAL_WINDOW_SIZE = 2147483647;
    exports.DEFAULT_WEIGHT = 16;
    exports.MAX_CONCURRENT_STREAMS = Infinity;
    exports.frameType = {
      DATA: 0,
      HEADERS: 1,
      PRIORITY: 2,
      RST_STREAM: 3,
      SETTINGS: 4,
      PUSH_PROMISE: 5,
      PING: 6,
      GOAWAY: 7,
      WINDOW_UPDATE: 8,
      CONTINUATION: 9,
      // Custom
      X_FORWARDED_FOR: 222
    };
    exports.flags = {
      ACK: 1,
      // SETTINGS-only
      END_STREAM: 1,
      END_HEADERS: 4,
      PADDED: 8,
      PRIORITY: 32
    };
    exports.settings = {
      SETTINGS_HEADER_TABLE_SIZE: 1,
      SETTINGS_ENABLE_PUSH: 2,
      SETTINGS_MAX_CONCURRENT_STREAMS: 3,
      SETTINGS_INITIAL_WINDOW_SIZE: 4,
      SETTINGS_MAX_FRAME_SIZE: 5,
      SETTINGS_MAX_HEADER_LIST_SIZE: 6
    };
    exports.settingsIndex = [
      null,
      "header_table_size",
      "enable_push",
      "max_concurrent_streams",
      "initial_window_size",
      "max_frame_size",
      "max_header_list_size"
    ];
    exports.error = {
      OK: 0,
      NO_ERROR: 0,
      PROTOCOL_ERROR: 1,
      INTERNAL_ERROR: 2,
      FLOW_CONTROL_ERROR: 3,
      SETTINGS_TIMEOUT: 4,
      STREAM_CLOSED: 5,
      INVALID_STREAM: 5,
      FRAME_SIZE_ERROR: 6,
      REFUSED_STREAM: 7,
      CANCEL: 8,
      COMPRESSION_ERROR: 9,
      CONNECT_ERROR: 10,
      ENHANCE_YOUR_CALM: 11,
      INADEQUATE_SECURITY: 12,
      HTTP_1_1_REQUIRED: 13
    };
    exports.errorByCode = base.utils.reverse(exports.error);
    exports.DEFAULT_WINDOW = 64 * 1024 - 1;
    exports.goaway = exports.error;
    exports.goawayByCode = Object.assign({}, exports.errorByCode);
    exports.goawayByCode[0] = "OK";
  }
});

// node_modules/spdy-transport/lib/spdy-transport/protocol/http2/parser.js
var require_parser3 = __commonJS({
  "node_modules/spdy-transport/lib/spdy-transport/protocol/http2/parser.js"(exports) {
    "use strict";
    var parser = exports;
    var transport2 = require_spdy_transport();
    var base = transport2.protocol.base;
    var utils = base.utils;
    var constants2 = require_http2().constants;
    var assert = __require("assert");
    var util = __require("util");
    function Parser(options) {
      base.Parser.call(this, options);
      this.isServer = options.isServer;
      this.waiting = constants2.PREFACE_SIZE;
      this.state = "preface";
      this.pendingHeader = null;
      this._lastHeaderBlock = null;
      this.maxFrameSize = constants2.INITIAL_MAX_FRAME_SIZE;
      this.maxHeaderListSize = constants2.DEFAULT_MAX_HEADER_LIST_SIZE;
    }
    util.inherits(Parser, base.Parser);
    parser.create = function create(options) {
      return new Parser(options);
    };
    Parser.prototype.setMaxFrameSize = function setMaxFrameSize(size) {
      this.maxFrameSize = size;
    };
    Parser.prototype.setMaxHeaderListSize = function setMaxHeaderListSize(size) {
      this.maxHeaderListSize = size;
    };
    Parser.prototype.skipPreface = function skipPreface() {
      this.setVersion(4);
      this.state = "frame-head";
      this.waiting = constants2.FRAME_HEADER_SIZE;
    };
    Parser.prototype.execute = function execute(buffer, callback) {
      if (this.state === "preface") {
        return this.onPreface(buffer, callback);
      }
      if (this.state === "frame-head") {
        return this.onFrameHead(buffer, callback);
      }
      assert(this.state === "frame-body" && this.pendingHeader !== null);
      var self2 = this;
      var header = this.pendingHeader;
      this.pendingHeader = null;
      this.onFrameBody(header, buffer, function(err, frame) {
        if (err) {
          return callback(err);
        }
        self2.state = "frame-head";
        self2.partial = false;
        self2.waiting = constants2.FRAME_HEADER_SIZE;
        callback(null, frame);
      });
    };
    Parser.prototype.executePartial = function executePartial(buffer, callback) {
      var header = this.pendingHeader;
      assert.strictEqual(header.flags & constants2.flags.PADDED, 0);
      if (this.window) {
        this.window.recv.update(-buffer.size);
      }
      callback(null, {
        type: "DATA",
        id: header.id,
        // Partial DATA can't be FIN
        fin: false,
        data: buffer.take(buffer.size)
      });
    };
    Parser.prototype.onPreface = function onPreface(buffer, callback) {
      if (buffer.take(buffer.size).toString() !== constants2.PREFACE) {
        return callback(this.error(
          constants2.error.PROTOCOL_ERROR,
          "Invalid preface"
        ));
      }
      this.skipPreface();
      callback(null, null);
    };
    Parser.prototype.onFrameHead = function onFrameHead(buffer, callback) {
      var header = {
        length: buffer.readUInt24BE(),
        control: true,
        type: buffer.readUInt8(),
        flags: buffer.readUInt8(),
        id: buffer.readUInt32BE() & 2147483647
      };
      if (header.length > this.maxFrameSize) {
        return callback(this.error(
          constants2.error.FRAME_SIZE_ERROR,
          "Frame length OOB"
        ));
      }
      header.control = header.type !== constants2.frameType.DATA;
      this.state = "frame-body";
      this.pendingHeader = header;
      this.waiting = header.length;
      this.partial = !header.control;
      if (this.partial) {
        this.partial = (header.flags & constants2.flags.PADDED) === 0;
      }
      callback(null, null);
    };
    Parser.prototype.onFrameBody = function onFrameBody(header, buffer, callback) {
      var frameType = constants2.frameType;
      if (header.type === frameType.DATA) {
        this.onDataFrame(header, buffer, callback);
      } else if (header.type === frameType.HEADERS) {
        this.onHeadersFrame(header, buffer, callback);
      } else if (header.type === frameType.CONTINUATION) {
        this.onContinuationFrame(header, buffer, callback);
      } else if (header.type === frameType.WINDOW_UPDATE) {
        this.onWindowUpdateFrame(header, buffer, callback);
      } else if (header.type === frameType.RST_STREAM) {
        this.onRSTFrame(header, buffer, callback);
      } else if (header.type === frameType.SETTINGS) {
        this.onSettingsFrame(header, buffer, callback);
      } else if (header.type === frameType.PUSH_PROMISE) {
        this.onPushPromiseFrame(header, buffer, callback);
      } else if (header.type === frameType.PING) {
        this.onPingFrame(header, buffer, callback);
      } else if (header.type === frameType.GOAWAY) {
        this.onGoawayFrame(header, buffer, callback);
      } else if (header.type === frameType.PRIORITY) {
        this.onPriorityFrame(header, buffer, callback);
      } else if (header.type === frameType.X_FORWARDED_FOR) {
        this.onXForwardedFrame(header, buffer, callback);
      } else {
        this.onUnknownFrame(header, buffer, callback);
      }
    };
    Parser.prototype.onUnknownFrame = function onUnknownFrame(header, buffer, callback) {
      if (this._lastHeaderBlock !== null) {
        callback(this.error(
          constants2.error.PROTOCOL_ERROR,
          "Received unknown frame in the middle of a header block"
        ));
        return;
      }
      callback(null, { type: "unknown: " + header.type });
    };
    Parser.prototype.unpadData = function unpadData(header, body2, callback) {
      var isPadded = (header.flags & constants2.flags.PADDED) !== 0;
      if (!isPadded) {
        return callback(null, body2);
      }
      if (!body2.has(1)) {
        return callback(this.error(
          constants2.error.FRAME_SIZE_ERROR,
          "Not enough space for padding"
        ));
      }
      var pad = body2.readUInt8();
      if (!body2.has(pad)) {
        return callback(this.error(
          constants2.error.PROTOCOL_ERROR,
          "Invalid padding size"
        ));
      }
      var contents = body2.clone(body2.size - pad);
      body2.skip(body2.size);
      callback(null, contents);
    };
    Parser.prototype.onDataFrame = function onDataFrame(header, body2, callback) {
      var isEndStream = (header.flags & constants2.flags.END_STREAM) !== 0;
      if (header.id === 0) {
        return callback(this.error(
          constants2.error.PROTOCOL_ERROR,
          "Received DATA frame with stream=0"
        ));
      }
      if (this.window) {
        this.window.recv.update(-body2.size);
      }
      this.unpadData(header, body2, function(err, data) {
        if (err) {
          return callback(err);
        }
        callback(null, {
          type: "DATA",
          id: header.id,
          fin: isEndStream,
          data: data.take(data.size)
        });
      });
    };
    Parser.prototype.initHeaderBlock = function initHeaderBlock(header, frame, block, callback) {
      if (this._lastHeaderBlock) {
        return callback(this.error(
          constants2.error.PROTOCOL_ERROR,
          "Duplicate Stream ID"
        ));
      }
      this._lastHeaderBlock = {
        id: header.id,
        frame,
        queue: [],
        size: 0
      };
      this.queueHeaderBlock(header, block, callback);
    };
    Parser.prototype.queueHeaderBlock = function queueHeaderBlock(header, block, callback) {
      var self2 = this;
      var item = this._lastHeaderBlock;
      if (!this._lastHeaderBlock || item.id !== header.id) {
        return callback(this.error(
          constants2.error.PROTOCOL_ERROR,
          "No matching stream for continuation"
        ));
      }
      var fin = (header.flags & constants2.flags.END_HEADERS) !== 0;
      var chunks = block.toChunks();
      for (var i = 0; i < chunks.length; i++) {
        var chunk = chunks[i];
        item.queue.push(chunk);
        item.size += chunk.length;
      }
      if (item.size >= self2.maxHeaderListSize) {
        return callback(this.error(
          constants2.error.PROTOCOL_ERROR,
          "Compressed header list is too large"
        ));
      }
      if (!fin) {
        return callback(null, null);
      }
      this._lastHeaderBlock = null;
      this.decompress.write(item.queue, function(err, chunks2) {
        if (err) {
          return callback(self2.error(
            constants2.error.COMPRESSION_ERROR,
            err.message
          ));
        }
        var headers = {};
        var size = 0;
        for (var i2 = 0; i2 < chunks2.length; i2++) {
          var header2 = chunks2[i2];
          size += header2.name.length + header2.value.length + 32;
          if (size >= self2.maxHeaderListSize) {
            return callback(self2.error(
              constants2.error.PROTOCOL_ERROR,
              "Header list is too large"
            ));
          }
          if (/[A-Z]/.test(header2.name)) {
            return callback(self2.error(
              constants2.error.PROTOCOL_ERROR,
              "Header name must be lowercase"
            ));
          }
          utils.addHeaderLine(header2.name, header2.value, headers);
        }
        item.frame.headers = headers;
        item.frame.path = headers[":path"];
        callback(null, item.frame);
      });
    };
    Parser.prototype.onHeadersFrame = function onHeadersFrame(header, body2, callback) {
      var self2 = this;
      if (header.id === 0) {
        return callback(this.error(
          constants2.error.PROTOCOL_ERROR,
          "Invalid stream id for HEADERS"
        ));
      }
      this.unpadData(header, body2, function(err, data) {
        if (err) {
          return callback(err);
        }
        var isPriority = (header.flags & constants2.flags.PRIORITY) !== 0;
        if (!data.has(isPriority ? 5 : 0)) {
          return callback(self2.error(
            constants2.error.FRAME_SIZE_ERROR,
            "Not enough data for HEADERS"
          ));
        }
        var exclusive = false;
        var dependency = 0;
        var weight = constants2.DEFAULT_WEIGHT;
        if (isPriority) {
          dependency = data.readUInt32BE();
          exclusive = (dependency & 2147483648) !== 0;
          dependency &= 2147483647;
          weight = data.readUInt8() + 1;
        }
        if (dependency === header.id) {
          return callback(self2.error(
            constants2.error.PROTOCOL_ERROR,
            "Stream can't dependend on itself"
          ));
        }
        var streamInfo = {
          type: "HEADERS",
          id: header.id,
          priority: {
            parent: dependency,
            exclusive,
            weight
          },
          fin: (header.flags & constants2.flags.END_STREAM) !== 0,
          writable: true,
          headers: null,
          path: null
        };
        self2.initHeaderBlock(header, streamInfo, data, callback);
      });
    };
    Parser.prototype.onContinuationFrame = function onContinuationFrame(header, body2, callback) {
      this.queueHeaderBlock(header, body2, callback);
    };
    Parser.prototype.onRSTFrame = function onRSTFrame(header, body2, callback) {
      if (body2.size !== 4) {
        return callback(this.error(
          constants2.error.FRAME_SIZE_ERROR,
          "RST_STREAM length not 4"
        ));
      }
      if (header.id === 0) {
        return callback(this.error(
          constants2.error.PROTOCOL_ERROR,
          "Invalid stream id for RST_STREAM"
        ));
      }
      callback(null, {
        type: "RST",
        id: header.id,
        code: constants2.errorByCode[body2.readUInt32BE()]
      });
    };
    Parser.prototype._validateSettings = function _validateSettings(settings) {
      if (settings["enable_push"] !== void 0 && settings["enable_push"] !== 0 && settings["enable_push"] !== 1) {
        return this.error(
          constants2.error.PROTOCOL_ERROR,
          "SETTINGS_ENABLE_PUSH must be 0 or 1"
        );
      }
      if (settings["initial_window_size"] !== void 0 && (settings["initial_window_size"] > constants2.MAX_INITIAL_WINDOW_SIZE || settings["initial_window_size"] < 0)) {
        return this.error(
          constants2.error.FLOW_CONTROL_ERROR,
          "SETTINGS_INITIAL_WINDOW_SIZE is OOB"
        );
      }
      if (settings["max_frame_size"] !== void 0 && (settings["max_frame_size"] > constants2.ABSOLUTE_MAX_FRAME_SIZE || settings["max_frame_size"] < constants2.INITIAL_MAX_FRAME_SIZE)) {
        return this.error(
          constants2.error.PROTOCOL_ERROR,
          "SETTINGS_MAX_FRAME_SIZE is OOB"
        );
      }
      return void 0;
    };
    Parser.prototype.onSettingsFrame = function onSettingsFrame(header, body2, callback) {
      if (header.id !== 0) {
        return callback(this.error(
          constants2.error.PROTOCOL_ERROR,
          "Invalid stream id for SETTINGS"
        ));
      }
      var isAck = (header.flags & constants2.flags.ACK) !== 0;
      if (isAck && body2.size !== 0) {
        return callback(this.error(
          constants2.error.FRAME_SIZE_ERROR,
          "SETTINGS with ACK and non-zero length"
        ));
      }
      if (isAck) {
        return callback(null, { type: "ACK_SETTINGS" });
      }
      if (body2.size % 6 !== 0) {
        return callback(this.error(
          constants2.error.FRAME_SIZE_ERROR,
          "SETTINGS length not multiple of 6"
        ));
      }
      var settings = {};
      while (!body2.isEmpty()) {
        var id = body2.readUInt16BE();
        var value = body2.readUInt32BE();
        var name2 = constants2.settingsIndex[id];
        if (name2) {
          settings[name2] = value;
        }
      }
      var err = this._validateSettings(settings);
      if (err !== void 0) {
        return callback(err);
      }
      callback(null, {
        type: "SETTINGS",
        settings
      });
    };
    Parser.prototype.onPushPromiseFrame = function onPushPromiseFrame(header, body2, callback) {
      if (header.id === 0) {
        return callback(this.error(
          constants2.error.PROTOCOL_ERROR,
          "Invalid stream id for PUSH_PROMISE"
        ));
      }
      var self2 = this;
      this.unpadData(header, body2, function(err, data) {
        if (err) {
          return callback(err);
        }
        if (!data.has(4)) {
          return callback(self2.error(
            constants2.error.FRAME_SIZE_ERROR,
            "PUSH_PROMISE length less than 4"
          ));
        }
        var streamInfo = {
          type: "PUSH_PROMISE",
          id: header.id,
          fin: false,
          promisedId: data.readUInt32BE() & 2147483647,
          headers: null,
          path: null
        };
        self2.initHeaderBlock(header, streamInfo, data, callback);
      });
    };
    Parser.prototype.onPingFrame = function onPingFrame(header, body2, callback) {
      if (body2.size !== 8) {
        return callback(this.error(
          constants2.error.FRAME_SIZE_ERROR,
          "PING length != 8"
        ));
      }
      if (header.id !== 0) {
        return callback(this.error(
          constants2.error.PROTOCOL_ERROR,
          "Invalid stream id for PING"
        ));
      }
      var ack = (header.flags & constants2.flags.ACK) !== 0;
      callback(null, { type: "PING", opaque: body2.take(body2.size), ack });
    };
    Parser.prototype.onGoawayFrame = function onGoawayFrame(header, body2, callback) {
      if (!body2.has(8)) {
        return callback(this.error(
          constants2.error.FRAME_SIZE_ERROR,
          "GOAWAY length < 8"
        ));
      }
      if (header.id !== 0) {
        return callback(this.error(
          constants2.error.PROTOCOL_ERROR,
          "Invalid stream id for GOAWAY"
        ));
      }
      var frame = {
        type: "GOAWAY",
        lastId: body2.readUInt32BE(),
        code: constants2.goawayByCode[body2.readUInt32BE()]
      };
      if (body2.size !== 0) {
        frame.debug = body2.take(body2.size);
      }
      callback(null, frame);
    };
    Parser.prototype.onPriorityFrame = function onPriorityFrame(header, body2, callback) {
      if (body2.size !== 5) {
        return callback(this.error(
          constants2.error.FRAME_SIZE_ERROR,
          "PRIORITY length != 5"
        ));
      }
      if (header.id === 0) {
        return callback(this.error(
          constants2.error.PROTOCOL_ERROR,
          "Invalid stream id for PRIORITY"
        ));
      }
      var dependency = body2.readUInt32BE();
      var weight = body2.readUInt8() + 1;
      if (dependency === header.id) {
        return callback(this.error(
          constants2.error.PROTOCOL_ERROR,
          "Stream can't dependend on itself"
        ));
      }
      callback(null, {
        type: "PRIORITY",
        id: header.id,
        priority: {
          exclusive: (dependency & 2147483648) !== 0,
          parent: dependency & 2147483647,
          weight
        }
      });
    };
    Parser.prototype.onWindowUpdateFrame = function onWindowUpdateFrame(header, body2, callback) {
      if (body2.size !== 4) {
        return callback(this.error(
          constants2.error.FRAME_SIZE_ERROR,
          "WINDOW_UPDATE length != 4"
        ));
      }
      var delta = body2.readInt32BE();
      if (delta === 0) {
        return callback(this.error(
          constants2.error.PROTOCOL_ERROR,
          "WINDOW_UPDATE delta == 0"
        ));
      }
      callback(null, {
        type: "WINDOW_UPDATE",
        id: header.id,
        delta
      });
    };
    Parser.prototype.onXForwardedFrame = function onXForwardedFrame(header, body2, callback) {
      callback(null, {
        type: "X_FORWARDED_FOR",
        host: body2.take(body2.size).toString()
      });
    };
  }
});

// node_modules/spdy-transport/lib/spdy-transport/protocol/http2/framer.js
var require_framer3 = __commonJS({
  "node_modules/spdy-transport/lib/spdy-transport/protocol/http2/framer.js"(exports, module) {
    "use strict";
    var transport2 = require_spdy_transport();
    var base = transport2.protocol.base;
    var constants2 = require_http2().constants;
    var assert = __require("assert");
    var util = __require("util");
    var WriteBuffer = require_wbuf();
    var OffsetBuffer = require_obuf();
    var debug = require_src()("spdy:framer");
    var debugExtra = require_src()("spdy:framer:extra");
    function Framer(options) {
      base.Framer.call(this, options);
      this.maxFrameSize = constants2.INITIAL_MAX_FRAME_SIZE;
    }
    util.inherits(Framer, base.Framer);
    module.exports = Framer;
    Framer.create = function create(options) {
      return new Framer(options);
    };
    Framer.prototype.setMaxFrameSize = function setMaxFrameSize(size) {
      this.maxFrameSize = size;
    };
    Framer.prototype._frame = function _frame(frame, body2, callback) {
      debug("id=%d type=%s", frame.id, frame.type);
      var buffer = new WriteBuffer();
      buffer.reserve(constants2.FRAME_HEADER_SIZE);
      var len = buffer.skip(3);
      buffer.writeUInt8(constants2.frameType[frame.type]);
      buffer.writeUInt8(frame.flags);
      buffer.writeUInt32BE(frame.id & 2147483647);
      body2(buffer);
      var frameSize = buffer.size - constants2.FRAME_HEADER_SIZE;
      len.writeUInt24BE(frameSize);
      var chunks = buffer.render();
      var toWrite = {
        stream: frame.id,
        priority: frame.priority === void 0 ? false : frame.priority,
        chunks,
        callback
      };
      if (this.window && frame.type === "DATA") {
        var self2 = this;
        this._resetTimeout();
        this.window.send.update(-frameSize, function() {
          self2._resetTimeout();
          self2.schedule(toWrite);
        });
      } else {
        this._resetTimeout();
        this.schedule(toWrite);
      }
      return chunks;
    };
    Framer.prototype._split = function _split(frame) {
      var buf = new OffsetBuffer();
      for (var i = 0; i < frame.chunks.length; i++) {
        buf.push(frame.chunks[i]);
      }
      var frames = [];
      while (!buf.isEmpty()) {
        var size = this.maxFrameSize;
        if (frames.length === 0) {
          size -= frame.reserve;
        }
        size = Math.min(size, buf.size);
        var frameBuf = buf.clone(size);
        buf.skip(size);
        frames.push({
          size: frameBuf.size,
          chunks: frameBuf.toChunks()
        });
      }
      return frames;
    };
    Framer.prototype._continuationFrame = function _continuationFrame(frame, body2, callback) {
      var frames = this._split(frame);
      frames.forEach(function(subFrame, i) {
        var isFirst = i === 0;
        var isLast = i === frames.length - 1;
        var flags = isLast ? constants2.flags.END_HEADERS : 0;
        if (isFirst) {
          flags |= frame.flags;
        }
        this._frame({
          id: frame.id,
          priority: false,
          type: isFirst ? frame.type : "CONTINUATION",
          flags
        }, function(buf) {
          if (isFirst && body2) {
            body2(buf);
          }
          buf.reserve(subFrame.size);
          for (var i2 = 0; i2 < subFrame.chunks.length; i2++) {
            buf.copyFrom(subFrame.chunks[i2]);
          }
        }, isLast ? callback : null);
      }, this);
      if (frames.length === 0) {
        this._frame({
          id: frame.id,
          priority: false,
          type: frame.type,
          flags: frame.flags | constants2.flags.END_HEADERS
        }, function(buf) {
          if (body2) {
            body2(buf);
          }
        }, callback);
      }
    };
    Framer.prototype._compressHeaders = function _compressHeaders(headers, pairs, callback) {
      Object.keys(headers || {}).forEach(function(name2) {
        var lowName = name2.toLowerCase();
        switch (lowName) {
          case "host":
          case "connection":
          case "keep-alive":
          case "proxy-connection":
          case "transfer-encoding":
          case "upgrade":
            return;
        }
        if (/^:/.test(lowName)) {
          return;
        }
        var neverIndex = lowName === "cookie" || lowName === "set-cookie";
        var value = headers[name2];
        if (Array.isArray(value)) {
          for (var i = 0; i < value.length; i++) {
            pairs.push({
              name: lowName,
              value: value[i] + "",
              neverIndex,
              huffman: !neverIndex
            });
          }
        } else {
          pairs.push({
            name: lowName,
            value: value + "",
            neverIndex,
            huffman: !neverIndex
          });
        }
      });
      assert(this.compress !== null, "Framer version not initialized");
      debugExtra("compressing headers=%j", pairs);
      this.compress.write([pairs], callback);
    };
    Framer.prototype._isDefaultPriority = function _isDefaultPriority(priority) {
      if (!priority) {
        return true;
      }
      return !priority.parent && priority.weight === constants2.DEFAULT && !priority.exclusive;
    };
    Framer.prototype._defaultHeaders = function _defaultHeaders(frame, pairs) {
      if (!frame.path) {
        throw new Error("`path` is required frame argument");
      }
      pairs.push({
        name: ":method",
        value: frame.method || base.constants.DEFAULT_METHOD
      });
      pairs.push({ name: ":path", value: frame.path });
      pairs.push({ name: ":scheme", value: frame.scheme || "https" });
      pairs.push({
        name: ":authority",
        value: frame.host || frame.headers && frame.headers.host || base.constants.DEFAULT_HOST
      });
    };
    Framer.prototype._headersFrame = function _headersFrame(kind, frame, callback) {
      var pairs = [];
      if (kind === "request") {
        this._defaultHeaders(frame, pairs);
      } else if (kind === "response") {
        pairs.push({ name: ":status", value: (frame.status || 200) + "" });
      }
      var self2 = this;
      this._compressHeaders(frame.headers, pairs, function(err, chunks) {
        if (err) {
          if (callback) {
            return callback(err);
          } else {
            return self2.emit("error", err);
          }
        }
        var reserve = 0;
        var priority = frame.priority;
        if (!self2._isDefaultPriority(priority)) {
          reserve = 5;
        }
        var flags = reserve === 0 ? 0 : constants2.flags.PRIORITY;
        if (frame.fin) {
          flags |= constants2.flags.END_STREAM;
        }
        self2._continuationFrame({
          id: frame.id,
          type: "HEADERS",
          flags,
          reserve,
          chunks
        }, function(buf) {
          if (reserve === 0) {
            return;
          }
          buf.writeUInt32BE(((priority.exclusive ? 2147483648 : 0) | priority.parent) >>> 0);
          buf.writeUInt8((priority.weight | 0) - 1);
        }, callback);
      });
    };
    Framer.prototype.requestFrame = function requestFrame(frame, callback) {
      return this._headersFrame("request", frame, callback);
    };
    Framer.prototype.responseFrame = function responseFrame(frame, callback) {
      return this._headersFrame("response", frame, callback);
    };
    Framer.prototype.headersFrame = function headersFrame(frame, callback) {
      return this._headersFrame("headers", frame, callback);
    };
    Framer.prototype.pushFrame = function pushFrame(frame, callback) {
      var self2 = this;
      function compress(headers, pairs, callback2) {
        self2._compressHeaders(headers, pairs, function(err, chunks) {
          if (err) {
            if (callback2) {
              return callback2(err);
            } else {
              return self2.emit("error", err);
            }
          }
          callback2(chunks);
        });
      }
      function sendPromise(chunks) {
        self2._continuationFrame({
          id: frame.id,
          type: "PUSH_PROMISE",
          reserve: 4,
          chunks
        }, function(buf) {
          buf.writeUInt32BE(frame.promisedId);
        });
      }
      function sendResponse(chunks, callback2) {
        var priority = frame.priority;
        var isDefaultPriority = self2._isDefaultPriority(priority);
        var flags = isDefaultPriority ? 0 : constants2.flags.PRIORITY;
        if (frame.fin) {
          flags |= constants2.flags.END_STREAM;
        }
        self2._continuationFrame({
          id: frame.promisedId,
          type: "HEADERS",
          flags,
          reserve: isDefaultPriority ? 0 : 5,
          chunks
        }, function(buf) {
          if (isDefaultPriority) {
            return;
          }
          buf.writeUInt32BE((priority.exclusive ? 2147483648 : 0) | priority.parent);
          buf.writeUInt8((priority.weight | 0) - 1);
        }, callback2);
      }
      this._checkPush(function(err) {
        if (err) {
          return callback(err);
        }
        var pairs = {
          promise: [],
          response: []
        };
        self2._defaultHeaders(frame, pairs.promise);
        pairs.response.push({ name: ":status", value: (frame.status || 200) + "" });
        compress(frame.headers, pairs.promise, function(promiseChunks) {
          sendPromise(promiseChunks);
          if (frame.response === false) {
            return callback(null);
          }
          compress(frame.response, pairs.response, function(responseChunks) {
            sendResponse(responseChunks, callback);
          });
        });
      });
    };
    Framer.prototype.priorityFrame = function priorityFrame(frame, callback) {
      this._frame({
        id: frame.id,
        priority: false,
        type: "PRIORITY",
        flags: 0
      }, function(buf) {
        var priority = frame.priority;
        buf.writeUInt32BE((priority.exclusive ? 2147483648 : 0) | priority.parent);
        buf.writeUInt8((priority.weight | 0) - 1);
      }, callback);
    };
    Framer.prototype.dataFrame = function dataFrame(frame, callback) {
      var frames = this._split({
        reserve: 0,
        chunks: [frame.data]
      });
      var fin = frame.fin ? constants2.flags.END_STREAM : 0;
      var self2 = this;
      frames.forEach(function(subFrame, i) {
        var isLast = i === frames.length - 1;
        var flags = 0;
        if (isLast) {
          flags |= fin;
        }
        self2._frame({
          id: frame.id,
          priority: frame.priority,
          type: "DATA",
          flags
        }, function(buf) {
          buf.reserve(subFrame.size);
          for (var i2 = 0; i2 < subFrame.chunks.length; i2++) {
            buf.copyFrom(subFrame.chunks[i2]);
          }
        }, isLast ? callback : null);
      });
      if (frames.length === 0) {
        this._frame({
          id: frame.id,
          priority: frame.priority,
          type: "DATA",
          flags: fin
        }, function(buf) {
        }, callback);
      }
    };
    Framer.prototype.pingFrame = function pingFrame(frame, callback) {
      this._frame({
        id: 0,
        type: "PING",
        flags: frame.ack ? constants2.flags.ACK : 0
      }, function(buf) {
        buf.copyFrom(frame.opaque);
      }, callback);
    };
    Framer.prototype.rstFrame = function rstFrame(frame, callback) {
      this._frame({
        id: frame.id,
        type: "RST_STREAM",
        flags: 0
      }, function(buf) {
        buf.writeUInt32BE(constants2.error[frame.code]);
      }, callback);
    };
    Framer.prototype.prefaceFrame = function prefaceFrame(callback) {
      debug("preface");
      this._resetTimeout();
      this.schedule({
        stream: 0,
        priority: false,
        chunks: [constants2.PREFACE_BUFFER],
        callback
      });
    };
    Framer.prototype.settingsFrame = function settingsFrame(options, callback) {
      var key2 = JSON.stringify(options);
      var settings = Framer.settingsCache[key2];
      if (settings) {
        debug("cached settings");
        this._resetTimeout();
        this.schedule({
          id: 0,
          priority: false,
          chunks: settings,
          callback
        });
        return;
      }
      var params = [];
      for (var i = 0; i < constants2.settingsIndex.length; i++) {
        var name2 = constants2.settingsIndex[i];
        if (!name2) {
          continue;
        }
        if (!isFinite(options[name2])) {
          continue;
        }
        if (options[name2] !== void 0) {
          params.push({ key: i, value: options[name2] });
        }
      }
      var bodySize = params.length * 6;
      var chunks = this._frame({
        id: 0,
        type: "SETTINGS",
        flags: 0
      }, function(buffer) {
        buffer.reserve(bodySize);
        for (var i2 = 0; i2 < params.length; i2++) {
          var param = params[i2];
          buffer.writeUInt16BE(param.key);
          buffer.writeUInt32BE(param.value);
        }
      }, callback);
      Framer.settingsCache[key2] = chunks;
    };
    Framer.settingsCache = {};
    Framer.prototype.ackSettingsFrame = function ackSettingsFrame(callback) {
      this._frame({
        id: 0,
        type: "SETTINGS",
        flags: constants2.flags.ACK
      }, function(buffer) {
      }, callback);
    };
    Framer.prototype.windowUpdateFrame = function windowUpdateFrame(frame, callback) {
      this._frame({
        id: frame.id,
        type: "WINDOW_UPDATE",
        flags: 0
      }, function(buffer) {
        buffer.reserve(4);
        buffer.writeInt32BE(frame.delta);
      }, callback);
    };
    Framer.prototype.goawayFrame = function goawayFrame(frame, callback) {
      this._frame({
        type: "GOAWAY",
        id: 0,
        flags: 0
      }, function(buf) {
        buf.reserve(8);
        buf.writeUInt32BE(frame.lastId & 2147483647);
        buf.writeUInt32BE(constants2.goaway[frame.code]);
        if (frame.extra) {
          buf.write(frame.extra);
        }
      }, callback);
    };
    Framer.prototype.xForwardedFor = function xForwardedFor(frame, callback) {
      this._frame({
        type: "X_FORWARDED_FOR",
        id: 0,
        flags: 0
      }, function(buf) {
        buf.write(frame.host);
      }, callback);
    };
  }
});

// node_modules/hpack.js/lib/hpack/utils.js
var require_utils3 = __commonJS({
  "node_modules/hpack.js/lib/hpack/utils.js"(exports) {
    exports.assert = function assert(cond, text2) {
      if (!cond)
        throw new Error(text2);
    };
    exports.stringify = function stringify2(arr) {
      var res = "";
      for (var i = 0; i < arr.length; i++)
        res += String.fromCharCode(arr[i]);
      return res;
    };
    exports.toArray = function toArray(str) {
      var res = [];
      for (var i = 0; i < str.length; i++) {
        var c = str.charCodeAt(i);
        var hi = c >>> 8;
        var lo = c & 255;
        if (hi)
          res.push(hi, lo);
        else
          res.push(lo);
      }
      return res;
    };
  }
});

// node_modules/hpack.js/lib/hpack/huffman.js
var require_huffman = __commonJS({
  "node_modules/hpack.js/lib/hpack/huffman.js"(exports) {
    exports.decode = [
      2608,
      2609,
      2610,
      2657,
      2659,
      2661,
      2665,
      2671,
      2675,
      2676,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      3104,
      3109,
      3117,
      3118,
      3119,
      3123,
      3124,
      3125,
      3126,
      3127,
      3128,
      3129,
      3133,
      3137,
      3167,
      3170,
      3172,
      3174,
      3175,
      3176,
      3180,
      3181,
      3182,
      3184,
      3186,
      3189,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      3642,
      3650,
      3651,
      3652,
      3653,
      3654,
      3655,
      3656,
      3657,
      3658,
      3659,
      3660,
      3661,
      3662,
      3663,
      3664,
      3665,
      3666,
      3667,
      3668,
      3669,
      3670,
      3671,
      3673,
      3690,
      3691,
      3697,
      3702,
      3703,
      3704,
      3705,
      3706,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      4134,
      4138,
      4140,
      4155,
      4184,
      4186,
      [
        1057,
        1058,
        1064,
        1065,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0
      ],
      [
        1087,
        0,
        1575,
        1579,
        1660,
        0,
        0,
        0,
        0,
        0,
        2083,
        2110,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        2560,
        2596,
        2624,
        2651,
        2653,
        2686,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        3166,
        3197,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        3644,
        3680,
        3707,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        [
          1628,
          1731,
          1744,
          0,
          0,
          0,
          2176,
          2178,
          2179,
          2210,
          2232,
          2242,
          2272,
          2274,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          2713,
          2721,
          2727,
          2732,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0
        ],
        [
          2736,
          2737,
          2739,
          2769,
          2776,
          2777,
          2787,
          2789,
          2790,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          3201,
          3204,
          3205,
          3206,
          3208,
          3218,
          3226,
          3228,
          3232,
          3235,
          3236,
          3241,
          3242,
          3245,
          3250,
          3253,
          3257,
          3258,
          3259,
          3261,
          3262,
          3268,
          3270,
          3300,
          3304,
          3305,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          3585,
          3719,
          3721,
          3722,
          3723,
          3724,
          3725,
          3727,
          3731,
          3733,
          3734,
          3735,
          3736,
          3739,
          3741,
          3742,
          3749,
          3750,
          3752,
          3758,
          3759,
          3764,
          3766,
          3767,
          3772,
          3775,
          3781,
          3815,
          3823,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          4105,
          4238,
          4240,
          4241,
          4244,
          4255,
          4267,
          4302,
          4311,
          4321,
          4332,
          4333,
          [
            711,
            719,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0
          ],
          [
            746,
            747,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0
          ],
          [
            1216,
            1217,
            1224,
            1225,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0
          ],
          [
            1226,
            1229,
            1234,
            1237,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0
          ],
          [
            1242,
            1243,
            1262,
            1264,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0
          ],
          [
            1266,
            1267,
            1279,
            0,
            0,
            0,
            1739,
            1740,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0
          ],
          [
            1747,
            1748,
            1750,
            1757,
            1758,
            1759,
            1777,
            1780,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0
          ],
          [
            1781,
            1782,
            1783,
            1784,
            1786,
            1787,
            1788,
            1789,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0
          ],
          [
            1790,
            0,
            2050,
            2051,
            2052,
            2053,
            2054,
            2055,
            2056,
            2059,
            2060,
            2062,
            2063,
            2064,
            2065,
            2066,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0
          ],
          [
            2067,
            2068,
            2069,
            2071,
            2072,
            2073,
            2074,
            2075,
            2076,
            2077,
            2078,
            2079,
            2175,
            2268,
            2297,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            3082,
            3085,
            3094,
            3328,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0
          ]
        ]
      ]
    ];
    exports.encode = [
      [13, 8184],
      [23, 8388568],
      [28, 268435426],
      [28, 268435427],
      [28, 268435428],
      [
        28,
        268435429
      ],
      [28, 268435430],
      [28, 268435431],
      [28, 268435432],
      [24, 16777194],
      [
        30,
        1073741820
      ],
      [28, 268435433],
      [28, 268435434],
      [30, 1073741821],
      [28, 268435435],
      [28, 268435436],
      [28, 268435437],
      [28, 268435438],
      [28, 268435439],
      [28, 268435440],
      [28, 268435441],
      [28, 268435442],
      [30, 1073741822],
      [28, 268435443],
      [
        28,
        268435444
      ],
      [28, 268435445],
      [28, 268435446],
      [28, 268435447],
      [28, 268435448],
      [
        28,
        268435449
      ],
      [28, 268435450],
      [28, 268435451],
      [6, 20],
      [10, 1016],
      [10, 1017],
      [
        12,
        4090
      ],
      [13, 8185],
      [6, 21],
      [8, 248],
      [11, 2042],
      [10, 1018],
      [10, 1019],
      [8, 249],
      [
        11,
        2043
      ],
      [8, 250],
      [6, 22],
      [6, 23],
      [6, 24],
      [5, 0],
      [5, 1],
      [5, 2],
      [6, 25],
      [6, 26],
      [6, 27],
      [6, 28],
      [6, 29],
      [6, 30],
      [6, 31],
      [7, 92],
      [8, 251],
      [15, 32764],
      [6, 32],
      [12, 4091],
      [
        10,
        1020
      ],
      [13, 8186],
      [6, 33],
      [7, 93],
      [7, 94],
      [7, 95],
      [7, 96],
      [7, 97],
      [7, 98],
      [7, 99],
      [
        7,
        100
      ],
      [7, 101],
      [7, 102],
      [7, 103],
      [7, 104],
      [7, 105],
      [7, 106],
      [7, 107],
      [7, 108],
      [
        7,
        109
      ],
      [7, 110],
      [7, 111],
      [7, 112],
      [7, 113],
      [7, 114],
      [8, 252],
      [7, 115],
      [8, 253],
      [
        13,
        8187
      ],
      [19, 524272],
      [13, 8188],
      [14, 16380],
      [6, 34],
      [15, 32765],
      [5, 3],
      [6, 35],
      [
        5,
        4
      ],
      [6, 36],
      [5, 5],
      [6, 37],
      [6, 38],
      [6, 39],
      [5, 6],
      [7, 116],
      [7, 117],
      [6, 40],
      [6, 41],
      [6, 42],
      [5, 7],
      [6, 43],
      [7, 118],
      [6, 44],
      [5, 8],
      [5, 9],
      [6, 45],
      [7, 119],
      [7, 120],
      [
        7,
        121
      ],
      [7, 122],
      [7, 123],
      [15, 32766],
      [11, 2044],
      [14, 16381],
      [13, 8189],
      [
        28,
        268435452
      ],
      [20, 1048550],
      [22, 4194258],
      [20, 1048551],
      [20, 1048552],
      [
        22,
        4194259
      ],
      [22, 4194260],
      [22, 4194261],
      [23, 8388569],
      [22, 4194262],
      [23, 8388570],
      [23, 8388571],
      [23, 8388572],
      [23, 8388573],
      [23, 8388574],
      [24, 16777195],
      [
        23,
        8388575
      ],
      [24, 16777196],
      [24, 16777197],
      [22, 4194263],
      [23, 8388576],
      [
        24,
        16777198
      ],
      [23, 8388577],
      [23, 8388578],
      [23, 8388579],
      [23, 8388580],
      [21, 2097116],
      [22, 4194264],
      [23, 8388581],
      [22, 4194265],
      [23, 8388582],
      [23, 8388583],
      [
        24,
        16777199
      ],
      [22, 4194266],
      [21, 2097117],
      [20, 1048553],
      [22, 4194267],
      [22, 4194268],
      [23, 8388584],
      [23, 8388585],
      [21, 2097118],
      [23, 8388586],
      [22, 4194269],
      [
        22,
        4194270
      ],
      [24, 16777200],
      [21, 2097119],
      [22, 4194271],
      [23, 8388587],
      [23, 8388588],
      [21, 2097120],
      [21, 2097121],
      [22, 4194272],
      [21, 2097122],
      [23, 8388589],
      [
        22,
        4194273
      ],
      [23, 8388590],
      [23, 8388591],
      [20, 1048554],
      [22, 4194274],
      [22, 4194275],
      [22, 4194276],
      [23, 8388592],
      [22, 4194277],
      [22, 4194278],
      [23, 8388593],
      [
        26,
        67108832
      ],
      [26, 67108833],
      [20, 1048555],
      [19, 524273],
      [22, 4194279],
      [23, 8388594],
      [22, 4194280],
      [25, 33554412],
      [26, 67108834],
      [26, 67108835],
      [26, 67108836],
      [
        27,
        134217694
      ],
      [27, 134217695],
      [26, 67108837],
      [24, 16777201],
      [25, 33554413],
      [
        19,
        524274
      ],
      [21, 2097123],
      [26, 67108838],
      [27, 134217696],
      [27, 134217697],
      [
        26,
        67108839
      ],
      [27, 134217698],
      [24, 16777202],
      [21, 2097124],
      [21, 2097125],
      [
        26,
        67108840
      ],
      [26, 67108841],
      [28, 268435453],
      [27, 134217699],
      [27, 134217700],
      [
        27,
        134217701
      ],
      [20, 1048556],
      [24, 16777203],
      [20, 1048557],
      [21, 2097126],
      [
        22,
        4194281
      ],
      [21, 2097127],
      [21, 2097128],
      [23, 8388595],
      [22, 4194282],
      [22, 4194283],
      [25, 33554414],
      [25, 33554415],
      [24, 16777204],
      [24, 16777205],
      [26, 67108842],
      [
        23,
        8388596
      ],
      [26, 67108843],
      [27, 134217702],
      [26, 67108844],
      [26, 67108845],
      [
        27,
        134217703
      ],
      [27, 134217704],
      [27, 134217705],
      [27, 134217706],
      [27, 134217707],
      [
        28,
        268435454
      ],
      [27, 134217708],
      [27, 134217709],
      [27, 134217710],
      [27, 134217711],
      [
        27,
        134217712
      ],
      [26, 67108846],
      [30, 1073741823]
    ];
  }
});

// node_modules/hpack.js/lib/hpack/static-table.js
var require_static_table = __commonJS({
  "node_modules/hpack.js/lib/hpack/static-table.js"(exports) {
    exports.table = [
      {
        "name": ":authority",
        "value": "",
        "nameSize": 10,
        "totalSize": 42
      },
      {
        "name": ":method",
        "value": "GET",
        "nameSize": 7,
        "totalSize": 42
      },
      {
        "name": ":method",
        "value": "POST",
        "nameSize": 7,
        "totalSize": 43
      },
      {
        "name": ":path",
        "value": "/",
        "nameSize": 5,
        "totalSize": 38
      },
      {
        "name": ":path",
        "value": "/index.html",
        "nameSize": 5,
        "totalSize": 48
      },
      {
        "name": ":scheme",
        "value": "http",
        "nameSize": 7,
        "totalSize": 43
      },
      {
        "name": ":scheme",
        "value": "https",
        "nameSize": 7,
        "totalSize": 44
      },
      {
        "name": ":status",
        "value": "200",
        "nameSize": 7,
        "totalSize": 42
      },
      {
        "name": ":status",
        "value": "204",
        "nameSize": 7,
        "totalSize": 42
      },
      {
        "name": ":status",
        "value": "206",
        "nameSize": 7,
        "totalSize": 42
      },
      {
        "name": ":status",
        "value": "304",
        "nameSize": 7,
        "totalSize": 42
      },
      {
        "name": ":status",
        "value": "400",
        "nameSize": 7,
        "totalSize": 42
      },
      {
        "name": ":status",
        "value": "404",
        "nameSize": 7,
        "totalSize": 42
      },
      {
        "name": ":status",
        "value": "500",
        "nameSize": 7,
        "totalSize": 42
      },
      {
        "name": "accept-charset",
        "value": "",
        "nameSize": 14,
        "totalSize": 46
      },
      {
        "name": "accept-encoding",
        "value": "gzip, deflate",
        "nameSize": 15,
        "totalSize": 60
      },
      {
        "name": "accept-language",
        "value": "",
        "nameSize": 15,
        "totalSize": 47
      },
      {
        "name": "accept-ranges",
        "value": "",
        "nameSize": 13,
        "totalSize": 45
      },
      {
        "name": "accept",
        "value": "",
        "nameSize": 6,
        "totalSize": 38
      },
      {
        "name": "access-control-allow-origin",
        "value": "",
        "nameSize": 27,
        "totalSize": 59
      },
      {
        "name": "age",
        "value": "",
        "nameSize": 3,
        "totalSize": 35
      },
      {
        "name": "allow",
        "value": "",
        "nameSize": 5,
        "totalSize": 37
      },
      {
        "name": "authorization",
        "value": "",
        "nameSize": 13,
        "totalSize": 45
      },
      {
        "name": "cache-control",
        "value": "",
        "nameSize": 13,
        "totalSize": 45
      },
      {
        "name": "content-disposition",
        "value": "",
        "nameSize": 19,
        "totalSize": 51
      },
      {
        "name": "content-encoding",
        "value": "",
        "nameSize": 16,
        "totalSize": 48
      },
      {
        "name": "content-language",
        "value": "",
        "nameSize": 16,
        "totalSize": 48
      },
      {
        "name": "content-length",
        "value": "",
        "nameSize": 14,
        "totalSize": 46
      },
      {
        "name": "content-location",
        "value": "",
        "nameSize": 16,
        "totalSize": 48
      },
      {
        "name": "content-range",
        "value": "",
        "nameSize": 13,
        "totalSize": 45
      },
      {
        "name": "content-type",
        "value": "",
        "nameSize": 12,
        "totalSize": 44
      },
      {
        "name": "cookie",
        "value": "",
        "nameSize": 6,
        "totalSize": 38
      },
      {
        "name": "date",
        "value": "",
        "nameSize": 4,
        "totalSize": 36
      },
      {
        "name": "etag",
        "value": "",
        "nameSize": 4,
        "totalSize": 36
      },
      {
        "name": "expect",
        "value": "",
        "nameSize": 6,
        "totalSize": 38
      },
      {
        "name": "expires",
        "value": "",
        "nameSize": 7,
        "totalSize": 39
      },
      {
        "name": "from",
        "value": "",
        "nameSize": 4,
        "totalSize": 36
      },
      {
        "name": "host",
        "value": "",
        "nameSize": 4,
        "totalSize": 36
      },
      {
        "name": "if-match",
        "value": "",
        "nameSize": 8,
        "totalSize": 40
      },
      {
        "name": "if-modified-since",
        "value": "",
        "nameSize": 17,
        "totalSize": 49
      },
      {
        "name": "if-none-match",
        "value": "",
        "nameSize": 13,
        "totalSize": 45
      },
      {
        "name": "if-range",
        "value": "",
        "nameSize": 8,
        "totalSize": 40
      },
      {
        "name": "if-unmodified-since",
        "value": "",
        "nameSize": 19,
        "totalSize": 51
      },
      {
        "name": "last-modified",
        "value": "",
        "nameSize": 13,
        "totalSize": 45
      },
      {
        "name": "link",
        "value": "",
        "nameSize": 4,
        "totalSize": 36
      },
      {
        "name": "location",
        "value": "",
        "nameSize": 8,
        "totalSize": 40
      },
      {
        "name": "max-forwards",
        "value": "",
        "nameSize": 12,
        "totalSize": 44
      },
      {
        "name": "proxy-authenticate",
        "value": "",
        "nameSize": 18,
        "totalSize": 50
      },
      {
        "name": "proxy-authorization",
        "value": "",
        "nameSize": 19,
        "totalSize": 51
      },
      {
        "name": "range",
        "value": "",
        "nameSize": 5,
        "totalSize": 37
      },
      {
        "name": "referer",
        "value": "",
        "nameSize": 7,
        "totalSize": 39
      },
      {
        "name": "refresh",
        "value": "",
        "nameSize": 7,
        "totalSize": 39
      },
      {
        "name": "retry-after",
        "value": "",
        "nameSize": 11,
        "totalSize": 43
      },
      {
        "name": "server",
        "value": "",
        "nameSize": 6,
        "totalSize": 38
      },
      {
        "name": "set-cookie",
        "value": "",
        "nameSize": 10,
        "totalSize": 42
      },
      {
        "name": "strict-transport-security",
        "value": "",
        "nameSize": 25,
        "totalSize": 57
      },
      {
        "name": "transfer-encoding",
        "value": "",
        "nameSize": 17,
        "totalSize": 49
      },
      {
        "name": "user-agent",
        "value": "",
        "nameSize": 10,
        "totalSize": 42
      },
      {
        "name": "vary",
        "value": "",
        "nameSize": 4,
        "totalSize": 36
      },
      {
        "name": "via",
        "value": "",
        "nameSize": 3,
        "totalSize": 35
      },
      {
        "name": "www-authenticate",
        "value": "",
        "nameSize": 16,
        "totalSize": 48
      }
    ];
    exports.map = {
      ":authority": {
        "index": 1,
        "values": {
          "": 1
        }
      },
      ":method": {
        "index": 2,
        "values": {
          "GET": 2,
          "POST": 3
        }
      },
      ":path": {
        "index": 4,
        "values": {
          "/": 4,
          "/index.html": 5
        }
      },
      ":scheme": {
        "index": 6,
        "values": {
          "http": 6,
          "https": 7
        }
      },
      ":status": {
        "index": 8,
        "values": {
          "200": 8,
          "204": 9,
          "206": 10,
          "304": 11,
          "400": 12,
          "404": 13,
          "500": 14
        }
      },
      "accept-charset": {
        "index": 15,
        "values": {
          "": 15
        }
      },
      "accept-encoding": {
        "index": 16,
        "values": {
          "gzip, deflate": 16
        }
      },
      "accept-language": {
        "index": 17,
        "values": {
          "": 17
        }
      },
      "accept-ranges": {
        "index": 18,
        "values": {
          "": 18
        }
      },
      "accept": {
        "index": 19,
        "values": {
          "": 19
        }
      },
      "access-control-allow-origin": {
        "index": 20,
        "values": {
          "": 20
        }
      },
      "age": {
        "index": 21,
        "values": {
          "": 21
        }
      },
      "allow": {
        "index": 22,
        "values": {
          "": 22
        }
      },
      "authorization": {
        "index": 23,
        "values": {
          "": 23
        }
      },
      "cache-control": {
        "index": 24,
        "values": {
          "": 24
        }
      },
      "content-disposition": {
        "index": 25,
        "values": {
          "": 25
        }
      },
      "content-encoding": {
        "index": 26,
        "values": {
          "": 26
        }
      },
      "content-language": {
        "index": 27,
        "values": {
          "": 27
        }
      },
      "content-length": {
        "index": 28,
        "values": {
          "": 28
        }
      },
      "content-location": {
        "index": 29,
        "values": {
          "": 29
        }
      },
      "content-range": {
        "index": 30,
        "values": {
          "": 30
        }
      },
      "content-type": {
        "index": 31,
        "values": {
          "": 31
        }
      },
      "cookie": {
        "index": 32,
        "values": {
          "": 32
        }
      },
      "date": {
        "index": 33,
        "values": {
          "": 33
        }
      },
      "etag": {
        "index": 34,
        "values": {
          "": 34
        }
      },
      "expect": {
        "index": 35,
        "values": {
          "": 35
        }
      },
      "expires": {
        "index": 36,
        "values": {
          "": 36
        }
      },
      "from": {
        "index": 37,
        "values": {
          "": 37
        }
      },
      "host": {
        "index": 38,
        "values": {
          "": 38
        }
      },
      "if-match": {
        "index": 39,
        "values": {
          "": 39
        }
      },
      "if-modified-since": {
        "index": 40,
        "values": {
          "": 40
        }
      },
      "if-none-match": {
        "index": 41,
        "values": {
          "": 41
        }
      },
      "if-range": {
        "index": 42,
        "values": {
          "": 42
        }
      },
      "if-unmodified-since": {
        "index": 43,
        "values": {
          "": 43
        }
      },
      "last-modified": {
        "index": 44,
        "values": {
          "": 44
        }
      },
      "link": {
        "index": 45,
        "values": {
          "": 45
        }
      },
      "location": {
        "index": 46,
        "values": {
          "": 46
        }
      },
      "max-forwards": {
        "index": 47,
        "values": {
          "": 47
        }
      },
      "proxy-authenticate": {
        "index": 48,
        "values": {
          "": 48
        }
      },
      "proxy-authorization": {
        "index": 49,
        "values": {
          "": 49
        }
      },
      "range": {
        "index": 50,
        "values": {
          "": 50
        }
      },
      "referer": {
        "index": 51,
        "values": {
          "": 51
        }
      },
      "refresh": {
        "index": 52,
        "values": {
          "": 52
        }
      },
      "retry-after": {
        "index": 53,
        "values": {
          "": 53
        }
      },
      "server": {
        "index": 54,
        "values": {
          "": 54
        }
      },
      "set-cookie": {
        "index": 55,
        "values": {
          "": 55
        }
      },
      "strict-transport-security": {
        "index": 56,
        "values": {
          "": 56
        }
      },
      "transfer-encoding": {
        "index": 57,
        "values": {
          "": 57
        }
      },
      "user-agent": {
        "index": 58,
        "values": {
          "": 58
        }
      },
      "vary": {
        "index": 59,
        "values": {
          "": 59
        }
      },
      "via": {
        "index": 60,
        "values": {
          "": 60
        }
      },
      "www-authenticate": {
        "index": 61,
        "values": {
          "": 61
        }
      }
    };
  }
});

// node_modules/hpack.js/lib/hpack/table.js
var require_table = __commonJS({
  "node_modules/hpack.js/lib/hpack/table.js"(exports, module) {
    var hpack = require_hpack();
    var utils = hpack.utils;
    var assert = utils.assert;
    function Table(options) {
      this["static"] = hpack["static-table"];
      this.dynamic = [];
      this.size = 0;
      this.maxSize = 0;
      this.length = this["static"].table.length;
      this.protocolMaxSize = options.maxSize;
      this.maxSize = this.protocolMaxSize;
      this.lookupDepth = options.lookupDepth || 32;
    }
    module.exports = Table;
    Table.create = function create(options) {
      return new Table(options);
    };
    Table.prototype.lookup = function lookup(index) {
      assert(index !== 0, "Zero indexed field");
      assert(index <= this.length, "Indexed field OOB");
      if (index <= this["static"].table.length)
        return this["static"].table[index - 1];
      else
        return this.dynamic[this.length - index];
    };
    Table.prototype.reverseLookup = function reverseLookup(name2, value) {
      var staticEntry = this["static"].map[name2];
      if (staticEntry && staticEntry.values[value])
        return staticEntry.values[value];
      var limit = Math.max(0, this.dynamic.length - this.lookupDepth);
      for (var i = this.dynamic.length - 1; i >= limit; i--) {
        var entry = this.dynamic[i];
        if (entry.name === name2 && entry.value === value)
          return this.length - i;
        if (entry.name === name2) {
          if (staticEntry)
            break;
          return -(this.length - i);
        }
      }
      if (staticEntry)
        return -staticEntry.index;
      return 0;
    };
    Table.prototype.add = function add(name2, value, nameSize, valueSize) {
      var totalSize = nameSize + valueSize + 32;
      this.dynamic.push({
        name: name2,
        value,
        nameSize,
        totalSize
      });
      this.size += totalSize;
      this.length++;
      this.evict();
    };
    Table.prototype.evict = function evict() {
      while (this.size > this.maxSize) {
        var entry = this.dynamic.shift();
        this.size -= entry.totalSize;
        this.length--;
      }
      assert(this.size >= 0, "Table size sanity check failed");
    };
    Table.prototype.updateSize = function updateSize(size) {
      assert(size <= this.protocolMaxSize, "Table size bigger than maximum");
      this.maxSize = size;
      this.evict();
    };
  }
});

// node_modules/hpack.js/lib/hpack/decoder.js
var require_decoder = __commonJS({
  "node_modules/hpack.js/lib/hpack/decoder.js"(exports, module) {
    var hpack = require_hpack();
    var utils = hpack.utils;
    var huffman = hpack.huffman.decode;
    var assert = utils.assert;
    var OffsetBuffer = require_obuf();
    function Decoder() {
      this.buffer = new OffsetBuffer();
      this.bitOffset = 0;
      this._huffmanNode = null;
    }
    module.exports = Decoder;
    Decoder.create = function create() {
      return new Decoder();
    };
    Decoder.prototype.isEmpty = function isEmpty() {
      return this.buffer.isEmpty();
    };
    Decoder.prototype.push = function push(chunk) {
      this.buffer.push(chunk);
    };
    Decoder.prototype.decodeBit = function decodeBit() {
      assert(this.buffer.has(1), "Buffer too small for an int");
      var octet;
      var offset = this.bitOffset;
      if (++this.bitOffset === 8) {
        octet = this.buffer.readUInt8();
        this.bitOffset = 0;
      } else {
        octet = this.buffer.peekUInt8();
      }
      return octet >>> 7 - offset & 1;
    };
    Decoder.prototype.skipBits = function skipBits(n) {
      this.bitOffset += n;
      this.buffer.skip(this.bitOffset >> 3);
      this.bitOffset &= 7;
    };
    Decoder.prototype.decodeInt = function decodeInt() {
      assert(this.buffer.has(1), "Buffer too small for an int");
      var prefix = 8 - this.bitOffset;
      this.bitOffset = 0;
      var max = (1 << prefix) - 1;
      var octet = this.buffer.readUInt8() & max;
      if (octet !== max)
        return octet;
      var res = 0;
      var isLast = false;
      var len = 0;
      do {
        octet = this.buffer.readUInt8();
        isLast = (octet & 128) === 0;
        res <<= 7;
        res |= octet & 127;
        len++;
      } while (!isLast);
      assert(isLast, "Incomplete data for multi-octet integer");
      assert(len <= 4, "Integer does not fit into 32 bits");
      res = res >>> 21 | (res >> 14 & 127) << 7 | (res >> 7 & 127) << 14 | (res & 127) << 21;
      res >>= (4 - len) * 7;
      res += max;
      return res;
    };
    Decoder.prototype.decodeHuffmanWord = function decodeHuffmanWord(input, inputBits, out) {
      var root = huffman;
      var node2 = this._huffmanNode;
      var word = input;
      var bits = inputBits;
      for (; bits > 0; word &= (1 << bits) - 1) {
        for (var i = Math.max(0, bits - 8); i < bits; i++) {
          var subnode = node2[word >>> i];
          if (typeof subnode !== "number") {
            node2 = subnode;
            bits = i;
            break;
          }
          if (subnode === 0)
            continue;
          if (subnode >>> 9 !== bits - i) {
            subnode = 0;
            continue;
          }
          var octet = subnode & 511;
          assert(octet !== 256, "EOS in encoding");
          out.push(octet);
          node2 = root;
          bits = i;
          break;
        }
        if (subnode === 0)
          break;
      }
      this._huffmanNode = node2;
      return bits;
    };
    Decoder.prototype.decodeStr = function decodeStr() {
      var isHuffman = this.decodeBit();
      var len = this.decodeInt();
      assert(this.buffer.has(len), "Not enough octets for string");
      if (!isHuffman)
        return this.buffer.take(len);
      this._huffmanNode = huffman;
      var out = [];
      var word = 0;
      var bits = 0;
      var lastKey = 0;
      for (var i = 0; i < len; i++) {
        word <<= 8;
        word |= this.buffer.readUInt8();
        bits += 8;
        bits = this.decodeHuffmanWord(word, bits, out);
        lastKey = word >> bits;
        word &= (1 << bits) - 1;
      }
      assert(this._huffmanNode === huffman, "8-bit EOS");
      assert(word + 1 === 1 << bits, "Final sequence is not EOS");
      this._huffmanNode = null;
      return out;
    };
  }
});

// node_modules/process-nextick-args/index.js
var require_process_nextick_args = __commonJS({
  "node_modules/process-nextick-args/index.js"(exports, module) {
    "use strict";
    if (typeof process === "undefined" || !process.version || process.version.indexOf("v0.") === 0 || process.version.indexOf("v1.") === 0 && process.version.indexOf("v1.8.") !== 0) {
      module.exports = { nextTick };
    } else {
      module.exports = process;
    }
    function nextTick(fn, arg1, arg2, arg3) {
      if (typeof fn !== "function") {
        throw new TypeError('"callback" argument must be a function');
      }
      var len = arguments.length;
      var args, i;
      switch (len) {
        case 0:
        case 1:
          return process.nextTick(fn);
        case 2:
          return process.nextTick(function afterTickOne() {
            fn.call(null, arg1);
          });
        case 3:
          return process.nextTick(function afterTickTwo() {
            fn.call(null, arg1, arg2);
          });
        case 4:
          return process.nextTick(function afterTickThree() {
            fn.call(null, arg1, arg2, arg3);
          });
        default:
          args = new Array(len - 1);
          i = 0;
          while (i < args.length) {
            args[i++] = arguments[i];
          }
          return process.nextTick(function afterTick() {
            fn.apply(null, args);
          });
      }
    }
  }
});

// node_modules/isarray/index.js
var require_isarray = __commonJS({
  "node_modules/isarray/index.js"(exports, module) {
    var toString = {}.toString;
    module.exports = Array.isArray || function(arr) {
      return toString.call(arr) == "[object Array]";
    };
  }
});

// node_modules/hpack.js/node_modules/readable-stream/lib/internal/streams/stream.js
var require_stream3 = __commonJS({
  "node_modules/hpack.js/node_modules/readable-stream/lib/internal/streams/stream.js"(exports, module) {
    module.exports = __require("stream");
  }
});

// node_modules/hpack.js/node_modules/safe-buffer/index.js
var require_safe_buffer2 = __commonJS({
  "node_modules/hpack.js/node_modules/safe-buffer/index.js"(exports, module) {
    var buffer = __require("buffer");
    var Buffer2 = buffer.Buffer;
    function copyProps(src, dst) {
      for (var key2 in src) {
        dst[key2] = src[key2];
      }
    }
    if (Buffer2.from && Buffer2.alloc && Buffer2.allocUnsafe && Buffer2.allocUnsafeSlow) {
      module.exports = buffer;
    } else {
      copyProps(buffer, exports);
      exports.Buffer = SafeBuffer;
    }
    function SafeBuffer(arg, encodingOrOffset, length) {
      return Buffer2(arg, encodingOrOffset, length);
    }
    copyProps(Buffer2, SafeBuffer);
    SafeBuffer.from = function(arg, encodingOrOffset, length) {
      if (typeof arg === "number") {
        throw new TypeError("Argument must not be a number");
      }
      return Buffer2(arg, encodingOrOffset, length);
    };
    SafeBuffer.alloc = function(size, fill, encoding) {
      if (typeof size !== "number") {
        throw new TypeError("Argument must be a number");
      }
      var buf = Buffer2(size);
      if (fill !== void 0) {
        if (typeof encoding === "string") {
          buf.fill(fill, encoding);
        } else {
          buf.fill(fill);
        }
      } else {
        buf.fill(0);
      }
      return buf;
    };
    SafeBuffer.allocUnsafe = function(size) {
      if (typeof size !== "number") {
        throw new TypeError("Argument must be a number");
      }
      return Buffer2(size);
    };
    SafeBuffer.allocUnsafeSlow = function(size) {
      if (typeof size !== "number") {
        throw new TypeError("Argument must be a number");
      }
      return buffer.SlowBuffer(size);
    };
  }
});

// node_modules/core-util-is/lib/util.js
var require_util = __commonJS({
  "node_modules/core-util-is/lib/util.js"(exports) {
    function isArray(arg) {
      if (Array.isArray) {
        return Array.isArray(arg);
      }
      return objectToString(arg) === "[object Array]";
    }
    exports.isArray = isArray;
    function isBoolean(arg) {
      return typeof arg === "boolean";
    }
    exports.isBoolean = isBoolean;
    function isNull(arg) {
      return arg === null;
    }
    exports.isNull = isNull;
    function isNullOrUndefined(arg) {
      return arg == null;
    }
    exports.isNullOrUndefined = isNullOrUndefined;
    function isNumber(arg) {
      return typeof arg === "number";
    }
    exports.isNumber = isNumber;
    function isString(arg) {
      return typeof arg === "string";
    }
    exports.isString = isString;
    function isSymbol(arg) {
      return typeof arg === "symbol";
    }
    exports.isSymbol = isSymbol;
    function isUndefined(arg) {
      return arg === void 0;
    }
    exports.isUndefined = isUndefined;
    function isRegExp(re) {
      return objectToString(re) === "[object RegExp]";
    }
    exports.isRegExp = isRegExp;
    function isObject6(arg) {
      return typeof arg === "object" && arg !== null;
    }
    exports.isObject = isObject6;
    function isDate(d) {
      return objectToString(d) === "[object Date]";
    }
    exports.isDate = isDate;
    function isError(e) {
      return objectToString(e) === "[object Error]" || e instanceof Error;
    }
    exports.isError = isError;
    function isFunction(arg) {
      return typeof arg === "function";
    }
    exports.isFunction = isFunction;
    function isPrimitive(arg) {
      return arg === null || typeof arg === "boolean" || typeof arg === "number" || typeof arg === "string" || typeof arg === "symbol" || // ES6 symbol
      typeof arg === "undefined";
    }
    exports.isPrimitive = isPrimitive;
    exports.isBuffer = __require("buffer").Buffer.isBuffer;
    function objectToString(o) {
      return Object.prototype.toString.call(o);
    }
  }
});

// node_modules/hpack.js/node_modules/readable-stream/lib/internal/streams/BufferList.js
var require_BufferList = __commonJS({
  "node_modules/hpack.js/node_modules/readable-stream/lib/internal/streams/BufferList.js"(exports, module) {
    "use strict";
    function _classCallCheck(instance, Constructor) {
      if (!(instance instanceof Constructor)) {
        throw new TypeError("Cannot call a class as a function");
      }
    }
    var Buffer2 = require_safe_buffer2().Buffer;
    var util = __require("util");
    function copyBuffer(src, target, offset) {
      src.copy(target, offset);
    }
    module.exports = (function() {
      function BufferList() {
        _classCallCheck(this, BufferList);
        this.head = null;
        this.tail = null;
        this.length = 0;
      }
      BufferList.prototype.push = function push(v) {
        var entry = { data: v, next: null };
        if (this.length > 0) this.tail.next = entry;
        else this.head = entry;
        this.tail = entry;
        ++this.length;
      };
      BufferList.prototype.unshift = function unshift(v) {
        var entry = { data: v, next: this.head };
        if (this.length === 0) this.tail = entry;
        this.head = entry;
        ++this.length;
      };
      BufferList.prototype.shift = function shift() {
        if (this.length === 0) return;
        var ret = this.head.data;
        if (this.length === 1) this.head = this.tail = null;
        else this.head = this.head.next;
        --this.length;
        return ret;
      };
      BufferList.prototype.clear = function clear() {
        this.head = this.tail = null;
        this.length = 0;
      };
      BufferList.prototype.join = function join2(s2) {
        if (this.length === 0) return "";
        var p = this.head;
        var ret = "" + p.data;
        while (p = p.next) {
          ret += s2 + p.data;
        }
        return ret;
      };
      BufferList.prototype.concat = function concat(n) {
        if (this.length === 0) return Buffer2.alloc(0);
        var ret = Buffer2.allocUnsafe(n >>> 0);
        var p = this.head;
        var i = 0;
        while (p) {
          copyBuffer(p.data, ret, i);
          i += p.data.length;
          p = p.next;
        }
        return ret;
      };
      return BufferList;
    })();
    if (util && util.inspect && util.inspect.custom) {
      module.exports.prototype[util.inspect.custom] = function() {
        var obj = util.inspect({ length: this.length });
        return this.constructor.name + " " + obj;
      };
    }
  }
});

// node_modules/hpack.js/node_modules/readable-stream/lib/internal/streams/destroy.js
var require_destroy2 = __commonJS({
  "node_modules/hpack.js/node_modules/readable-stream/lib/internal/streams/destroy.js"(exports, module) {
    "use strict";
    var pna = require_process_nextick_args();
    function destroy(err, cb) {
      var _this = this;
      var readableDestroyed = this._readableState && this._readableState.destroyed;
      var writableDestroyed = this._writableState && this._writableState.destroyed;
      if (readableDestroyed || writableDestroyed) {
        if (cb) {
          cb(err);
        } else if (err) {
          if (!this._writableState) {
            pna.nextTick(emitErrorNT, this, err);
          } else if (!this._writableState.errorEmitted) {
            this._writableState.errorEmitted = true;
            pna.nextTick(emitErrorNT, this, err);
          }
        }
        return this;
      }
      if (this._readableState) {
        this._readableState.destroyed = true;
      }
      if (this._writableState) {
        this._writableState.destroyed = true;
      }
      this._destroy(err || null, function(err2) {
        if (!cb && err2) {
          if (!_this._writableState) {
            pna.nextTick(emitErrorNT, _this, err2);
          } else if (!_this._writableState.errorEmitted) {
            _this._writableState.errorEmitted = true;
            pna.nextTick(emitErrorNT, _this, err2);
          }
        } else if (cb) {
          cb(err2);
        }
      });
      return this;
    }
    function undestroy() {
      if (this._readableState) {
        this._readableState.destroyed = false;
        this._readableState.reading = false;
        this._readableState.ended = false;
        this._readableState.endEmitted = false;
      }
      if (this._writableState) {
        this._writableState.destroyed = false;
        this._writableState.ended = false;
        this._writableState.ending = false;
        this._writableState.finalCalled = false;
        this._writableState.prefinished = false;
        this._writableState.finished = false;
        this._writableState.errorEmitted = false;
      }
    }
    function emitErrorNT(self2, err) {
      self2.emit("error", err);
    }
    module.exports = {
      destroy,
      undestroy
    };
  }
});

// node_modules/hpack.js/node_modules/readable-stream/lib/_stream_writable.js
var require_stream_writable2 = __commonJS({
  "node_modules/hpack.js/node_modules/readable-stream/lib/_stream_writable.js"(exports, module) {
    "use strict";
    var pna = require_process_nextick_args();
    module.exports = Writable;
    function CorkedRequest(state) {
      var _this = this;
      this.next = null;
      this.entry = null;
      this.finish = function() {
        onCorkedFinish(_this, state);
      };
    }
    var asyncWrite = !process.browser && ["v0.10", "v0.9."].indexOf(process.version.slice(0, 5)) > -1 ? setImmediate : pna.nextTick;
    var Duplex2;
    Writable.WritableState = WritableState;
    var util = Object.create(require_util());
    util.inherits = require_inherits();
    var internalUtil = {
      deprecate: require_node()
    };
    var Stream = require_stream3();
    var Buffer2 = require_safe_buffer2().Buffer;
    var OurUint8Array = (typeof global !== "undefined" ? global : typeof window !== "undefined" ? window : typeof self !== "undefined" ? self : {}).Uint8Array || function() {
    };
    function _uint8ArrayToBuffer(chunk) {
      return Buffer2.from(chunk);
    }
    function _isUint8Array(obj) {
      return Buffer2.isBuffer(obj) || obj instanceof OurUint8Array;
    }
    var destroyImpl = require_destroy2();
    util.inherits(Writable, Stream);
    function nop() {
    }
    function WritableState(options, stream) {
      Duplex2 = Duplex2 || require_stream_duplex2();
      options = options || {};
      var isDuplex = stream instanceof Duplex2;
      this.objectMode = !!options.objectMode;
      if (isDuplex) this.objectMode = this.objectMode || !!options.writableObjectMode;
      var hwm = options.highWaterMark;
      var writableHwm = options.writableHighWaterMark;
      var defaultHwm = this.objectMode ? 16 : 16 * 1024;
      if (hwm || hwm === 0) this.highWaterMark = hwm;
      else if (isDuplex && (writableHwm || writableHwm === 0)) this.highWaterMark = writableHwm;
      else this.highWaterMark = defaultHwm;
      this.highWaterMark = Math.floor(this.highWaterMark);
      this.finalCalled = false;
      this.needDrain = false;
      this.ending = false;
      this.ended = false;
      this.finished = false;
      this.destroyed = false;
      var noDecode = options.decodeStrings === false;
      this.decodeStrings = !noDecode;
      this.defaultEncoding = options.defaultEncoding || "utf8";
      this.length = 0;
      this.writing = false;
      this.corked = 0;
      this.sync = true;
      this.bufferProcessing = false;
      this.onwrite = function(er) {
        onwrite(stream, er);
      };
      this.writecb = null;
      this.writelen = 0;
      this.bufferedRequest = null;
      this.lastBufferedRequest = null;
      this.pendingcb = 0;
      this.prefinished = false;
      this.errorEmitted = false;
      this.bufferedRequestCount = 0;
      this.corkedRequestsFree = new CorkedRequest(this);
    }
    WritableState.prototype.getBuffer = function getBuffer() {
      var current = this.bufferedRequest;
      var out = [];
      while (current) {
        out.push(current);
        current = current.next;
      }
      return out;
    };
    (function() {
      try {
        Object.defineProperty(WritableState.prototype, "buffer", {
          get: internalUtil.deprecate(function() {
            return this.getBuffer();
          }, "_writableState.buffer is deprecated. Use _writableState.getBuffer instead.", "DEP0003")
        });
      } catch (_) {
      }
    })();
    var realHasInstance;
    if (typeof Symbol === "function" && Symbol.hasInstance && typeof Function.prototype[Symbol.hasInstance] === "function") {
      realHasInstance = Function.prototype[Symbol.hasInstance];
      Object.defineProperty(Writable, Symbol.hasInstance, {
        value: function(object) {
          if (realHasInstance.call(this, object)) return true;
          if (this !== Writable) return false;
          return object && object._writableState instanceof WritableState;
        }
      });
    } else {
      realHasInstance = function(object) {
        return object instanceof this;
      };
    }
    function Writable(options) {
      Duplex2 = Duplex2 || require_stream_duplex2();
      if (!realHasInstance.call(Writable, this) && !(this instanceof Duplex2)) {
        return new Writable(options);
      }
      this._writableState = new WritableState(options, this);
      this.writable = true;
      if (options) {
        if (typeof options.write === "function") this._write = options.write;
        if (typeof options.writev === "function") this._writev = options.writev;
        if (typeof options.destroy === "function") this._destroy = options.destroy;
        if (typeof options.final === "function") this._final = options.final;
      }
      Stream.call(this);
    }
    Writable.prototype.pipe = function() {
      this.emit("error", new Error("Cannot pipe, not readable"));
    };
    function writeAfterEnd(stream, cb) {
      var er = new Error("write after end");
      stream.emit("error", er);
      pna.nextTick(cb, er);
    }
    function validChunk(stream, state, chunk, cb) {
      var valid = true;
      var er = false;
      if (chunk === null) {
        er = new TypeError("May not write null values to stream");
      } else if (typeof chunk !== "string" && chunk !== void 0 && !state.objectMode) {
        er = new TypeError("Invalid non-string/buffer chunk");
      }
      if (er) {
        stream.emit("error", er);
        pna.nextTick(cb, er);
        valid = false;
      }
      return valid;
    }
    Writable.prototype.write = function(chunk, encoding, cb) {
      var state = this._writableState;
      var ret = false;
      var isBuf = !state.objectMode && _isUint8Array(chunk);
      if (isBuf && !Buffer2.isBuffer(chunk)) {
        chunk = _uint8ArrayToBuffer(chunk);
      }
      if (typeof encoding === "function") {
        cb = encoding;
        encoding = null;
      }
      if (isBuf) encoding = "buffer";
      else if (!encoding) encoding = state.defaultEncoding;
      if (typeof cb !== "function") cb = nop;
      if (state.ended) writeAfterEnd(this, cb);
      else if (isBuf || validChunk(this, state, chunk, cb)) {
        state.pendingcb++;
        ret = writeOrBuffer(this, state, isBuf, chunk, encoding, cb);
      }
      return ret;
    };
    Writable.prototype.cork = function() {
      var state = this._writableState;
      state.corked++;
    };
    Writable.prototype.uncork = function() {
      var state = this._writableState;
      if (state.corked) {
        state.corked--;
        if (!state.writing && !state.corked && !state.bufferProcessing && state.bufferedRequest) clearBuffer(this, state);
      }
    };
    Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
      if (typeof encoding === "string") encoding = encoding.toLowerCase();
      if (!(["hex", "utf8", "utf-8", "ascii", "binary", "base64", "ucs2", "ucs-2", "utf16le", "utf-16le", "raw"].indexOf((encoding + "").toLowerCase()) > -1)) throw new TypeError("Unknown encoding: " + encoding);
      this._writableState.defaultEncoding = encoding;
      return this;
    };
    function decodeChunk(state, chunk, encoding) {
      if (!state.objectMode && state.decodeStrings !== false && typeof chunk === "string") {
        chunk = Buffer2.from(chunk, encoding);
      }
      return chunk;
    }
    Object.defineProperty(Writable.prototype, "writableHighWaterMark", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function() {
        return this._writableState.highWaterMark;
      }
    });
    function writeOrBuffer(stream, state, isBuf, chunk, encoding, cb) {
      if (!isBuf) {
        var newChunk = decodeChunk(state, chunk, encoding);
        if (chunk !== newChunk) {
          isBuf = true;
          encoding = "buffer";
          chunk = newChunk;
        }
      }
      var len = state.objectMode ? 1 : chunk.length;
      state.length += len;
      var ret = state.length < state.highWaterMark;
      if (!ret) state.needDrain = true;
      if (state.writing || state.corked) {
        var last = state.lastBufferedRequest;
        state.lastBufferedRequest = {
          chunk,
          encoding,
          isBuf,
          callback: cb,
          next: null
        };
        if (last) {
          last.next = state.lastBufferedRequest;
        } else {
          state.bufferedRequest = state.lastBufferedRequest;
        }
        state.bufferedRequestCount += 1;
      } else {
        doWrite(stream, state, false, len, chunk, encoding, cb);
      }
      return ret;
    }
    function doWrite(stream, state, writev, len, chunk, encoding, cb) {
      state.writelen = len;
      state.writecb = cb;
      state.writing = true;
      state.sync = true;
      if (writev) stream._writev(chunk, state.onwrite);
      else stream._write(chunk, encoding, state.onwrite);
      state.sync = false;
    }
    function onwriteError(stream, state, sync, er, cb) {
      --state.pendingcb;
      if (sync) {
        pna.nextTick(cb, er);
        pna.nextTick(finishMaybe, stream, state);
        stream._writableState.errorEmitted = true;
        stream.emit("error", er);
      } else {
        cb(er);
        stream._writableState.errorEmitted = true;
        stream.emit("error", er);
        finishMaybe(stream, state);
      }
    }
    function onwriteStateUpdate(state) {
      state.writing = false;
      state.writecb = null;
      state.length -= state.writelen;
      state.writelen = 0;
    }
    function onwrite(stream, er) {
      var state = stream._writableState;
      var sync = state.sync;
      var cb = state.writecb;
      onwriteStateUpdate(state);
      if (er) onwriteError(stream, state, sync, er, cb);
      else {
        var finished = needFinish(state);
        if (!finished && !state.corked && !state.bufferProcessing && state.bufferedRequest) {
          clearBuffer(stream, state);
        }
        if (sync) {
          asyncWrite(afterWrite, stream, state, finished, cb);
        } else {
          afterWrite(stream, state, finished, cb);
        }
      }
    }
    function afterWrite(stream, state, finished, cb) {
      if (!finished) onwriteDrain(stream, state);
      state.pendingcb--;
      cb();
      finishMaybe(stream, state);
    }
    function onwriteDrain(stream, state) {
      if (state.length === 0 && state.needDrain) {
        state.needDrain = false;
        stream.emit("drain");
      }
    }
    function clearBuffer(stream, state) {
      state.bufferProcessing = true;
      var entry = state.bufferedRequest;
      if (stream._writev && entry && entry.next) {
        var l = state.bufferedRequestCount;
        var buffer = new Array(l);
        var holder = state.corkedRequestsFree;
        holder.entry = entry;
        var count = 0;
        var allBuffers = true;
        while (entry) {
          buffer[count] = entry;
          if (!entry.isBuf) allBuffers = false;
          entry = entry.next;
          count += 1;
        }
        buffer.allBuffers = allBuffers;
        doWrite(stream, state, true, state.length, buffer, "", holder.finish);
        state.pendingcb++;
        state.lastBufferedRequest = null;
        if (holder.next) {
          state.corkedRequestsFree = holder.next;
          holder.next = null;
        } else {
          state.corkedRequestsFree = new CorkedRequest(state);
        }
        state.bufferedRequestCount = 0;
      } else {
        while (entry) {
          var chunk = entry.chunk;
          var encoding = entry.encoding;
          var cb = entry.callback;
          var len = state.objectMode ? 1 : chunk.length;
          doWrite(stream, state, false, len, chunk, encoding, cb);
          entry = entry.next;
          state.bufferedRequestCount--;
          if (state.writing) {
            break;
          }
        }
        if (entry === null) state.lastBufferedRequest = null;
      }
      state.bufferedRequest = entry;
      state.bufferProcessing = false;
    }
    Writable.prototype._write = function(chunk, encoding, cb) {
      cb(new Error("_write() is not implemented"));
    };
    Writable.prototype._writev = null;
    Writable.prototype.end = function(chunk, encoding, cb) {
      var state = this._writableState;
      if (typeof chunk === "function") {
        cb = chunk;
        chunk = null;
        encoding = null;
      } else if (typeof encoding === "function") {
        cb = encoding;
        encoding = null;
      }
      if (chunk !== null && chunk !== void 0) this.write(chunk, encoding);
      if (state.corked) {
        state.corked = 1;
        this.uncork();
      }
      if (!state.ending) endWritable(this, state, cb);
    };
    function needFinish(state) {
      return state.ending && state.length === 0 && state.bufferedRequest === null && !state.finished && !state.writing;
    }
    function callFinal(stream, state) {
      stream._final(function(err) {
        state.pendingcb--;
        if (err) {
          stream.emit("error", err);
        }
        state.prefinished = true;
        stream.emit("prefinish");
        finishMaybe(stream, state);
      });
    }
    function prefinish(stream, state) {
      if (!state.prefinished && !state.finalCalled) {
        if (typeof stream._final === "function") {
          state.pendingcb++;
          state.finalCalled = true;
          pna.nextTick(callFinal, stream, state);
        } else {
          state.prefinished = true;
          stream.emit("prefinish");
        }
      }
    }
    function finishMaybe(stream, state) {
      var need2 = needFinish(state);
      if (need2) {
        prefinish(stream, state);
        if (state.pendingcb === 0) {
          state.finished = true;
          stream.emit("finish");
        }
      }
      return need2;
    }
    function endWritable(stream, state, cb) {
      state.ending = true;
      finishMaybe(stream, state);
      if (cb) {
        if (state.finished) pna.nextTick(cb);
        else stream.once("finish", cb);
      }
      state.ended = true;
      stream.writable = false;
    }
    function onCorkedFinish(corkReq, state, err) {
      var entry = corkReq.entry;
      corkReq.entry = null;
      while (entry) {
        var cb = entry.callback;
        state.pendingcb--;
        cb(err);
        entry = entry.next;
      }
      state.corkedRequestsFree.next = corkReq;
    }
    Object.defineProperty(Writable.prototype, "destroyed", {
      get: function() {
        if (this._writableState === void 0) {
          return false;
        }
        return this._writableState.destroyed;
      },
      set: function(value) {
        if (!this._writableState) {
          return;
        }
        this._writableState.destroyed = value;
      }
    });
    Writable.prototype.destroy = destroyImpl.destroy;
    Writable.prototype._undestroy = destroyImpl.undestroy;
    Writable.prototype._destroy = function(err, cb) {
      this.end();
      cb(err);
    };
  }
});

// node_modules/hpack.js/node_modules/readable-stream/lib/_stream_duplex.js
var require_stream_duplex2 = __commonJS({
  "node_modules/hpack.js/node_modules/readable-stream/lib/_stream_duplex.js"(exports, module) {
    "use strict";
    var pna = require_process_nextick_args();
    var objectKeys = Object.keys || function(obj) {
      var keys2 = [];
      for (var key2 in obj) {
        keys2.push(key2);
      }
      return keys2;
    };
    module.exports = Duplex2;
    var util = Object.create(require_util());
    util.inherits = require_inherits();
    var Readable = require_stream_readable2();
    var Writable = require_stream_writable2();
    util.inherits(Duplex2, Readable);
    {
      keys = objectKeys(Writable.prototype);
      for (v = 0; v < keys.length; v++) {
        method = keys[v];
        if (!Duplex2.prototype[method]) Duplex2.prototype[method] = Writable.prototype[method];
      }
    }
    var keys;
    var method;
    var v;
    function Duplex2(options) {
      if (!(this instanceof Duplex2)) return new Duplex2(options);
      Readable.call(this, options);
      Writable.call(this, options);
      if (options && options.readable === false) this.readable = false;
      if (options && options.writable === false) this.writable = false;
      this.allowHalfOpen = true;
      if (options && options.allowHalfOpen === false) this.allowHalfOpen = false;
      this.once("end", onend);
    }
    Object.defineProperty(Duplex2.prototype, "writableHighWaterMark", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function() {
        return this._writableState.highWaterMark;
      }
    });
    function onend() {
      if (this.allowHalfOpen || this._writableState.ended) return;
      pna.nextTick(onEndNT, this);
    }
    function onEndNT(self2) {
      self2.end();
    }
    Object.defineProperty(Duplex2.prototype, "destroyed", {
      get: function() {
        if (this._readableState === void 0 || this._writableState === void 0) {
          return false;
        }
        return this._readableState.destroyed && this._writableState.destroyed;
      },
      set: function(value) {
        if (this._readableState === void 0 || this._writableState === void 0) {
          return;
        }
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    });
    Duplex2.prototype._destroy = function(err, cb) {
      this.push(null);
      this.end();
      pna.nextTick(cb, err);
    };
  }
});

// node_modules/hpack.js/node_modules/string_decoder/lib/string_decoder.js
var require_string_decoder2 = __commonJS({
  "node_modules/hpack.js/node_modules/string_decoder/lib/string_decoder.js"(exports) {
    "use strict";
    var Buffer2 = require_safe_buffer2().Buffer;
    var isEncoding = Buffer2.isEncoding || function(encoding) {
      encoding = "" + encoding;
      switch (encoding && encoding.toLowerCase()) {
        case "hex":
        case "utf8":
        case "utf-8":
        case "ascii":
        case "binary":
        case "base64":
        case "ucs2":
        case "ucs-2":
        case "utf16le":
        case "utf-16le":
        case "raw":
          return true;
        default:
          return false;
      }
    };
    function _normalizeEncoding(enc) {
      if (!enc) return "utf8";
      var retried;
      while (true) {
        switch (enc) {
          case "utf8":
          case "utf-8":
            return "utf8";
          case "ucs2":
          case "ucs-2":
          case "utf16le":
          case "utf-16le":
            return "utf16le";
          case "latin1":
          case "binary":
            return "latin1";
          case "base64":
          case "ascii":
          case "hex":
            return enc;
          default:
            if (retried) return;
            enc = ("" + enc).toLowerCase();
            retried = true;
        }
      }
    }
    function normalizeEncoding(enc) {
      var nenc = _normalizeEncoding(enc);
      if (typeof nenc !== "string" && (Buffer2.isEncoding === isEncoding || !isEncoding(enc))) throw new Error("Unknown encoding: " + enc);
      return nenc || enc;
    }
    exports.StringDecoder = StringDecoder;
    function StringDecoder(encoding) {
      this.encoding = normalizeEncoding(encoding);
      var nb;
      switch (this.encoding) {
        case "utf16le":
          this.text = utf16Text;
          this.end = utf16End;
          nb = 4;
          break;
        case "utf8":
          this.fillLast = utf8FillLast;
          nb = 4;
          break;
        case "base64":
          this.text = base64Text;
          this.end = base64End;
          nb = 3;
          break;
        default:
          this.write = simpleWrite;
          this.end = simpleEnd;
          return;
      }
      this.lastNeed = 0;
      this.lastTotal = 0;
      this.lastChar = Buffer2.allocUnsafe(nb);
    }
    StringDecoder.prototype.write = function(buf) {
      if (buf.length === 0) return "";
      var r;
      var i;
      if (this.lastNeed) {
        r = this.fillLast(buf);
        if (r === void 0) return "";
        i = this.lastNeed;
        this.lastNeed = 0;
      } else {
        i = 0;
      }
      if (i < buf.length) return r ? r + this.text(buf, i) : this.text(buf, i);
      return r || "";
    };
    StringDecoder.prototype.end = utf8End;
    StringDecoder.prototype.text = utf8Text;
    StringDecoder.prototype.fillLast = function(buf) {
      if (this.lastNeed <= buf.length) {
        buf.copy(this.lastChar, this.lastTotal - this.lastNeed, 0, this.lastNeed);
        return this.lastChar.toString(this.encoding, 0, this.lastTotal);
      }
      buf.copy(this.lastChar, this.lastTotal - this.lastNeed, 0, buf.length);
      this.lastNeed -= buf.length;
    };
    function utf8CheckByte(byte) {
      if (byte <= 127) return 0;
      else if (byte >> 5 === 6) return 2;
      else if (byte >> 4 === 14) return 3;
      else if (byte >> 3 === 30) return 4;
      return byte >> 6 === 2 ? -1 : -2;
    }
    function utf8CheckIncomplete(self2, buf, i) {
      var j = buf.length - 1;
      if (j < i) return 0;
      var nb = utf8CheckByte(buf[j]);
      if (nb >= 0) {
        if (nb > 0) self2.lastNeed = nb - 1;
        return nb;
      }
      if (--j < i || nb === -2) return 0;
      nb = utf8CheckByte(buf[j]);
      if (nb >= 0) {
        if (nb > 0) self2.lastNeed = nb - 2;
        return nb;
      }
      if (--j < i || nb === -2) return 0;
      nb = utf8CheckByte(buf[j]);
      if (nb >= 0) {
        if (nb > 0) {
          if (nb === 2) nb = 0;
          else self2.lastNeed = nb - 3;
        }
        return nb;
      }
      return 0;
    }
    function utf8CheckExtraBytes(self2, buf, p) {
      if ((buf[0] & 192) !== 128) {
        self2.lastNeed = 0;
        return "\uFFFD";
      }
      if (self2.lastNeed > 1 && buf.length > 1) {
        if ((buf[1] & 192) !== 128) {
          self2.lastNeed = 1;
          return "\uFFFD";
        }
        if (self2.lastNeed > 2 && buf.length > 2) {
          if ((buf[2] & 192) !== 128) {
            self2.lastNeed = 2;
            return "\uFFFD";
          }
        }
      }
    }
    function utf8FillLast(buf) {
      var p = this.lastTotal - this.lastNeed;
      var r = utf8CheckExtraBytes(this, buf, p);
      if (r !== void 0) return r;
      if (this.lastNeed <= buf.length) {
        buf.copy(this.lastChar, p, 0, this.lastNeed);
        return this.lastChar.toString(this.encoding, 0, this.lastTotal);
      }
      buf.copy(this.lastChar, p, 0, buf.length);
      this.lastNeed -= buf.length;
    }
    function utf8Text(buf, i) {
      var total = utf8CheckIncomplete(this, buf, i);
      if (!this.lastNeed) return buf.toString("utf8", i);
      this.lastTotal = total;
      var end = buf.length - (total - this.lastNeed);
      buf.copy(this.lastChar, 0, end);
      return buf.toString("utf8", i, end);
    }
    function utf8End(buf) {
      var r = buf && buf.length ? this.write(buf) : "";
      if (this.lastNeed) return r + "\uFFFD";
      return r;
    }
    function utf16Text(buf, i) {
      if ((buf.length - i) % 2 === 0) {
        var r = buf.toString("utf16le", i);
        if (r) {
          var c = r.charCodeAt(r.length - 1);
          if (c >= 55296 && c <= 56319) {
            this.lastNeed = 2;
            this.lastTotal = 4;
            this.lastChar[0] = buf[buf.length - 2];
            this.lastChar[1] = buf[buf.length - 1];
            return r.slice(0, -1);
          }
        }
        return r;
      }
      this.lastNeed = 1;
      this.lastTotal = 2;
      this.lastChar[0] = buf[buf.length - 1];
      return buf.toString("utf16le", i, buf.length - 1);
    }
    function utf16End(buf) {
      var r = buf && buf.length ? this.write(buf) : "";
      if (this.lastNeed) {
        var end = this.lastTotal - this.lastNeed;
        return r + this.lastChar.toString("utf16le", 0, end);
      }
      return r;
    }
    function base64Text(buf, i) {
      var n = (buf.length - i) % 3;
      if (n === 0) return buf.toString("base64", i);
      this.lastNeed = 3 - n;
      this.lastTotal = 3;
      if (n === 1) {
        this.lastChar[0] = buf[buf.length - 1];
      } else {
        this.lastChar[0] = buf[buf.length - 2];
        this.lastChar[1] = buf[buf.length - 1];
      }
      return buf.toString("base64", i, buf.length - n);
    }
    function base64End(buf) {
      var r = buf && buf.length ? this.write(buf) : "";
      if (this.lastNeed) return r + this.lastChar.toString("base64", 0, 3 - this.lastNeed);
      return r;
    }
    function simpleWrite(buf) {
      return buf.toString(this.encoding);
    }
    function simpleEnd(buf) {
      return buf && buf.length ? this.write(buf) : "";
    }
  }
});

// node_modules/hpack.js/node_modules/readable-stream/lib/_stream_readable.js
var require_stream_readable2 = __commonJS({
  "node_modules/hpack.js/node_modules/readable-stream/lib/_stream_readable.js"(exports, module) {
    "use strict";
    var pna = require_process_nextick_args();
    module.exports = Readable;
    var isArray = require_isarray();
    var Duplex2;
    Readable.ReadableState = ReadableState;
    var EE = __require("events").EventEmitter;
    var EElistenerCount = function(emitter, type) {
      return emitter.listeners(type).length;
    };
    var Stream = require_stream3();
    var Buffer2 = require_safe_buffer2().Buffer;
    var OurUint8Array = (typeof global !== "undefined" ? global : typeof window !== "undefined" ? window : typeof self !== "undefined" ? self : {}).Uint8Array || function() {
    };
    function _uint8ArrayToBuffer(chunk) {
      return Buffer2.from(chunk);
    }
    function _isUint8Array(obj) {
      return Buffer2.isBuffer(obj) || obj instanceof OurUint8Array;
    }
    var util = Object.create(require_util());
    util.inherits = require_inherits();
    var debugUtil = __require("util");
    var debug = void 0;
    if (debugUtil && debugUtil.debuglog) {
      debug = debugUtil.debuglog("stream");
    } else {
      debug = function() {
      };
    }
    var BufferList = require_BufferList();
    var destroyImpl = require_destroy2();
    var StringDecoder;
    util.inherits(Readable, Stream);
    var kProxyEvents = ["error", "close", "destroy", "pause", "resume"];
    function prependListener(emitter, event, fn) {
      if (typeof emitter.prependListener === "function") return emitter.prependListener(event, fn);
      if (!emitter._events || !emitter._events[event]) emitter.on(event, fn);
      else if (isArray(emitter._events[event])) emitter._events[event].unshift(fn);
      else emitter._events[event] = [fn, emitter._events[event]];
    }
    function ReadableState(options, stream) {
      Duplex2 = Duplex2 || require_stream_duplex2();
      options = options || {};
      var isDuplex = stream instanceof Duplex2;
      this.objectMode = !!options.objectMode;
      if (isDuplex) this.objectMode = this.objectMode || !!options.readableObjectMode;
      var hwm = options.highWaterMark;
      var readableHwm = options.readableHighWaterMark;
      var defaultHwm = this.objectMode ? 16 : 16 * 1024;
      if (hwm || hwm === 0) this.highWaterMark = hwm;
      else if (isDuplex && (readableHwm || readableHwm === 0)) this.highWaterMark = readableHwm;
      else this.highWaterMark = defaultHwm;
      this.highWaterMark = Math.floor(this.highWaterMark);
      this.buffer = new BufferList();
      this.length = 0;
      this.pipes = null;
      this.pipesCount = 0;
      this.flowing = null;
      this.ended = false;
      this.endEmitted = false;
      this.reading = false;
      this.sync = true;
      this.needReadable = false;
      this.emittedReadable = false;
      this.readableListening = false;
      this.resumeScheduled = false;
      this.destroyed = false;
      this.defaultEncoding = options.defaultEncoding || "utf8";
      this.awaitDrain = 0;
      this.readingMore = false;
      this.decoder = null;
      this.encoding = null;
      if (options.encoding) {
        if (!StringDecoder) StringDecoder = require_string_decoder2().StringDecoder;
        this.decoder = new StringDecoder(options.encoding);
        this.encoding = options.encoding;
      }
    }
    function Readable(options) {
      Duplex2 = Duplex2 || require_stream_duplex2();
      if (!(this instanceof Readable)) return new Readable(options);
      this._readableState = new ReadableState(options, this);
      this.readable = true;
      if (options) {
        if (typeof options.read === "function") this._read = options.read;
        if (typeof options.destroy === "function") this._destroy = options.destroy;
      }
      Stream.call(this);
    }
    Object.defineProperty(Readable.prototype, "destroyed", {
      get: function() {
        if (this._readableState === void 0) {
          return false;
        }
        return this._readableState.destroyed;
      },
      set: function(value) {
        if (!this._readableState) {
          return;
        }
        this._readableState.destroyed = value;
      }
    });
    Readable.prototype.destroy = destroyImpl.destroy;
    Readable.prototype._undestroy = destroyImpl.undestroy;
    Readable.prototype._destroy = function(err, cb) {
      this.push(null);
      cb(err);
    };
    Readable.prototype.push = function(chunk, encoding) {
      var state = this._readableState;
      var skipChunkCheck;
      if (!state.objectMode) {
        if (typeof chunk === "string") {
          encoding = encoding || state.defaultEncoding;
          if (encoding !== state.encoding) {
            chunk = Buffer2.from(chunk, encoding);
            encoding = "";
          }
          skipChunkCheck = true;
        }
      } else {
        skipChunkCheck = true;
      }
      return readableAddChunk(this, chunk, encoding, false, skipChunkCheck);
    };
    Readable.prototype.unshift = function(chunk) {
      return readableAddChunk(this, chunk, null, true, false);
    };
    function readableAddChunk(stream, chunk, encoding, addToFront, skipChunkCheck) {
      var state = stream._readableState;
      if (chunk === null) {
        state.reading = false;
        onEofChunk(stream, state);
      } else {
        var er;
        if (!skipChunkCheck) er = chunkInvalid(state, chunk);
        if (er) {
          stream.emit("error", er);
        } else if (state.objectMode || chunk && chunk.length > 0) {
          if (typeof chunk !== "string" && !state.objectMode && Object.getPrototypeOf(chunk) !== Buffer2.prototype) {
            chunk = _uint8ArrayToBuffer(chunk);
          }
          if (addToFront) {
            if (state.endEmitted) stream.emit("error", new Error("stream.unshift() after end event"));
            else addChunk(stream, state, chunk, true);
          } else if (state.ended) {
            stream.emit("error", new Error("stream.push() after EOF"));
          } else {
            state.reading = false;
            if (state.decoder && !encoding) {
              chunk = state.decoder.write(chunk);
              if (state.objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
              else maybeReadMore(stream, state);
            } else {
              addChunk(stream, state, chunk, false);
            }
          }
        } else if (!addToFront) {
          state.reading = false;
        }
      }
      return needMoreData(state);
    }
    function addChunk(stream, state, chunk, addToFront) {
      if (state.flowing && state.length === 0 && !state.sync) {
        stream.emit("data", chunk);
        stream.read(0);
      } else {
        state.length += state.objectMode ? 1 : chunk.length;
        if (addToFront) state.buffer.unshift(chunk);
        else state.buffer.push(chunk);
        if (state.needReadable) emitReadable(stream);
      }
      maybeReadMore(stream, state);
    }
    function chunkInvalid(state, chunk) {
      var er;
      if (!_isUint8Array(chunk) && typeof chunk !== "string" && chunk !== void 0 && !state.objectMode) {
        er = new TypeError("Invalid non-string/buffer chunk");
      }
      return er;
    }
    function needMoreData(state) {
      return !state.ended && (state.needReadable || state.length < state.highWaterMark || state.length === 0);
    }
    Readable.prototype.isPaused = function() {
      return this._readableState.flowing === false;
    };
    Readable.prototype.setEncoding = function(enc) {
      if (!StringDecoder) StringDecoder = require_string_decoder2().StringDecoder;
      this._readableState.decoder = new StringDecoder(enc);
      this._readableState.encoding = enc;
      return this;
    };
    var MAX_HWM = 8388608;
    function computeNewHighWaterMark(n) {
      if (n >= MAX_HWM) {
        n = MAX_HWM;
      } else {
        n--;
        n |= n >>> 1;
        n |= n >>> 2;
        n |= n >>> 4;
        n |= n >>> 8;
        n |= n >>> 16;
        n++;
      }
      return n;
    }
    function howMuchToRead(n, state) {
      if (n <= 0 || state.length === 0 && state.ended) return 0;
      if (state.objectMode) return 1;
      if (n !== n) {
        if (state.flowing && state.length) return state.buffer.head.data.length;
        else return state.length;
      }
      if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
      if (n <= state.length) return n;
      if (!state.ended) {
        state.needReadable = true;
        return 0;
      }
      return state.length;
    }
    Readable.prototype.read = function(n) {
      debug("read", n);
      n = parseInt(n, 10);
      var state = this._readableState;
      var nOrig = n;
      if (n !== 0) state.emittedReadable = false;
      if (n === 0 && state.needReadable && (state.length >= state.highWaterMark || state.ended)) {
        debug("read: emitReadable", state.length, state.ended);
        if (state.length === 0 && state.ended) endReadable(this);
        else emitReadable(this);
        return null;
      }
      n = howMuchToRead(n, state);
      if (n === 0 && state.ended) {
        if (state.length === 0) endReadable(this);
        return null;
      }
      var doRead = state.needReadable;
      debug("need readable", doRead);
      if (state.length === 0 || state.length - n < state.highWaterMark) {
        doRead = true;
        debug("length less than watermark", doRead);
      }
      if (state.ended || state.reading) {
        doRead = false;
        debug("reading or ended", doRead);
      } else if (doRead) {
        debug("do read");
        state.reading = true;
        state.sync = true;
        if (state.length === 0) state.needReadable = true;
        this._read(state.highWaterMark);
        state.sync = false;
        if (!state.reading) n = howMuchToRead(nOrig, state);
      }
      var ret;
      if (n > 0) ret = fromList(n, state);
      else ret = null;
      if (ret === null) {
        state.needReadable = true;
        n = 0;
      } else {
        state.length -= n;
      }
      if (state.length === 0) {
        if (!state.ended) state.needReadable = true;
        if (nOrig !== n && state.ended) endReadable(this);
      }
      if (ret !== null) this.emit("data", ret);
      return ret;
    };
    function onEofChunk(stream, state) {
      if (state.ended) return;
      if (state.decoder) {
        var chunk = state.decoder.end();
        if (chunk && chunk.length) {
          state.buffer.push(chunk);
          state.length += state.objectMode ? 1 : chunk.length;
        }
      }
      state.ended = true;
      emitReadable(stream);
    }
    function emitReadable(stream) {
      var state = stream._readableState;
      state.needReadable = false;
      if (!state.emittedReadable) {
        debug("emitReadable", state.flowing);
        state.emittedReadable = true;
        if (state.sync) pna.nextTick(emitReadable_, stream);
        else emitReadable_(stream);
      }
    }
    function emitReadable_(stream) {
      debug("emit readable");
      stream.emit("readable");
      flow(stream);
    }
    function maybeReadMore(stream, state) {
      if (!state.readingMore) {
        state.readingMore = true;
        pna.nextTick(maybeReadMore_, stream, state);
      }
    }
    function maybeReadMore_(stream, state) {
      var len = state.length;
      while (!state.reading && !state.flowing && !state.ended && state.length < state.highWaterMark) {
        debug("maybeReadMore read 0");
        stream.read(0);
        if (len === state.length)
          break;
        else len = state.length;
      }
      state.readingMore = false;
    }
    Readable.prototype._read = function(n) {
      this.emit("error", new Error("_read() is not implemented"));
    };
    Readable.prototype.pipe = function(dest, pipeOpts) {
      var src = this;
      var state = this._readableState;
      switch (state.pipesCount) {
        case 0:
          state.pipes = dest;
          break;
        case 1:
          state.pipes = [state.pipes, dest];
          break;
        default:
          state.pipes.push(dest);
          break;
      }
      state.pipesCount += 1;
      debug("pipe count=%d opts=%j", state.pipesCount, pipeOpts);
      var doEnd = (!pipeOpts || pipeOpts.end !== false) && dest !== process.stdout && dest !== process.stderr;
      var endFn = doEnd ? onend : unpipe;
      if (state.endEmitted) pna.nextTick(endFn);
      else src.once("end", endFn);
      dest.on("unpipe", onunpipe);
      function onunpipe(readable, unpipeInfo) {
        debug("onunpipe");
        if (readable === src) {
          if (unpipeInfo && unpipeInfo.hasUnpiped === false) {
            unpipeInfo.hasUnpiped = true;
            cleanup();
          }
        }
      }
      function onend() {
        debug("onend");
        dest.end();
      }
      var ondrain = pipeOnDrain(src);
      dest.on("drain", ondrain);
      var cleanedUp = false;
      function cleanup() {
        debug("cleanup");
        dest.removeListener("close", onclose);
        dest.removeListener("finish", onfinish);
        dest.removeListener("drain", ondrain);
        dest.removeListener("error", onerror);
        dest.removeListener("unpipe", onunpipe);
        src.removeListener("end", onend);
        src.removeListener("end", unpipe);
        src.removeListener("data", ondata);
        cleanedUp = true;
        if (state.awaitDrain && (!dest._writableState || dest._writableState.needDrain)) ondrain();
      }
      var increasedAwaitDrain = false;
      src.on("data", ondata);
      function ondata(chunk) {
        debug("ondata");
        increasedAwaitDrain = false;
        var ret = dest.write(chunk);
        if (false === ret && !increasedAwaitDrain) {
          if ((state.pipesCount === 1 && state.pipes === dest || state.pipesCount > 1 && indexOf(state.pipes, dest) !== -1) && !cleanedUp) {
            debug("false write response, pause", state.awaitDrain);
            state.awaitDrain++;
            increasedAwaitDrain = true;
          }
          src.pause();
        }
      }
      function onerror(er) {
        debug("onerror", er);
        unpipe();
        dest.removeListener("error", onerror);
        if (EElistenerCount(dest, "error") === 0) dest.emit("error", er);
      }
      prependListener(dest, "error", onerror);
      function onclose() {
        dest.removeListener("finish", onfinish);
        unpipe();
      }
      dest.once("close", onclose);
      function onfinish() {
        debug("onfinish");
        dest.removeListener("close", onclose);
        unpipe();
      }
      dest.once("finish", onfinish);
      function unpipe() {
        debug("unpipe");
        src.unpipe(dest);
      }
      dest.emit("pipe", src);
      if (!state.flowing) {
        debug("pipe resume");
        src.resume();
      }
      return dest;
    };
    function pipeOnDrain(src) {
      return function() {
        var state = src._readableState;
        debug("pipeOnDrain", state.awaitDrain);
        if (state.awaitDrain) state.awaitDrain--;
        if (state.awaitDrain === 0 && EElistenerCount(src, "data")) {
          state.flowing = true;
          flow(src);
        }
      };
    }
    Readable.prototype.unpipe = function(dest) {
      var state = this._readableState;
      var unpipeInfo = { hasUnpiped: false };
      if (state.pipesCount === 0) return this;
      if (state.pipesCount === 1) {
        if (dest && dest !== state.pipes) return this;
        if (!dest) dest = state.pipes;
        state.pipes = null;
        state.pipesCount = 0;
        state.flowing = false;
        if (dest) dest.emit("unpipe", this, unpipeInfo);
        return this;
      }
      if (!dest) {
        var dests = state.pipes;
        var len = state.pipesCount;
        state.pipes = null;
        state.pipesCount = 0;
        state.flowing = false;
        for (var i = 0; i < len; i++) {
          dests[i].emit("unpipe", this, { hasUnpiped: false });
        }
        return this;
      }
      var index = indexOf(state.pipes, dest);
      if (index === -1) return this;
      state.pipes.splice(index, 1);
      state.pipesCount -= 1;
      if (state.pipesCount === 1) state.pipes = state.pipes[0];
      dest.emit("unpipe", this, unpipeInfo);
      return this;
    };
    Readable.prototype.on = function(ev, fn) {
      var res = Stream.prototype.on.call(this, ev, fn);
      if (ev === "data") {
        if (this._readableState.flowing !== false) this.resume();
      } else if (ev === "readable") {
        var state = this._readableState;
        if (!state.endEmitted && !state.readableListening) {
          state.readableListening = state.needReadable = true;
          state.emittedReadable = false;
          if (!state.reading) {
            pna.nextTick(nReadingNextTick, this);
          } else if (state.length) {
            emitReadable(this);
          }
        }
      }
      return res;
    };
    Readable.prototype.addListener = Readable.prototype.on;
    function nReadingNextTick(self2) {
      debug("readable nexttick read 0");
      self2.read(0);
    }
    Readable.prototype.resume = function() {
      var state = this._readableState;
      if (!state.flowing) {
        debug("resume");
        state.flowing = true;
        resume(this, state);
      }
      return this;
    };
    function resume(stream, state) {
      if (!state.resumeScheduled) {
        state.resumeScheduled = true;
        pna.nextTick(resume_, stream, state);
      }
    }
    function resume_(stream, state) {
      if (!state.reading) {
        debug("resume read 0");
        stream.read(0);
      }
      state.resumeScheduled = false;
      state.awaitDrain = 0;
      stream.emit("resume");
      flow(stream);
      if (state.flowing && !state.reading) stream.read(0);
    }
    Readable.prototype.pause = function() {
      debug("call pause flowing=%j", this._readableState.flowing);
      if (false !== this._readableState.flowing) {
        debug("pause");
        this._readableState.flowing = false;
        this.emit("pause");
      }
      return this;
    };
    function flow(stream) {
      var state = stream._readableState;
      debug("flow", state.flowing);
      while (state.flowing && stream.read() !== null) {
      }
    }
    Readable.prototype.wrap = function(stream) {
      var _this = this;
      var state = this._readableState;
      var paused = false;
      stream.on("end", function() {
        debug("wrapped end");
        if (state.decoder && !state.ended) {
          var chunk = state.decoder.end();
          if (chunk && chunk.length) _this.push(chunk);
        }
        _this.push(null);
      });
      stream.on("data", function(chunk) {
        debug("wrapped data");
        if (state.decoder) chunk = state.decoder.write(chunk);
        if (state.objectMode && (chunk === null || chunk === void 0)) return;
        else if (!state.objectMode && (!chunk || !chunk.length)) return;
        var ret = _this.push(chunk);
        if (!ret) {
          paused = true;
          stream.pause();
        }
      });
      for (var i in stream) {
        if (this[i] === void 0 && typeof stream[i] === "function") {
          this[i] = /* @__PURE__ */ (function(method) {
            return function() {
              return stream[method].apply(stream, arguments);
            };
          })(i);
        }
      }
      for (var n = 0; n < kProxyEvents.length; n++) {
        stream.on(kProxyEvents[n], this.emit.bind(this, kProxyEvents[n]));
      }
      this._read = function(n2) {
        debug("wrapped _read", n2);
        if (paused) {
          paused = false;
          stream.resume();
        }
      };
      return this;
    };
    Object.defineProperty(Readable.prototype, "readableHighWaterMark", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: false,
      get: function() {
        return this._readableState.highWaterMark;
      }
    });
    Readable._fromList = fromList;
    function fromList(n, state) {
      if (state.length === 0) return null;
      var ret;
      if (state.objectMode) ret = state.buffer.shift();
      else if (!n || n >= state.length) {
        if (state.decoder) ret = state.buffer.join("");
        else if (state.buffer.length === 1) ret = state.buffer.head.data;
        else ret = state.buffer.concat(state.length);
        state.buffer.clear();
      } else {
        ret = fromListPartial(n, state.buffer, state.decoder);
      }
      return ret;
    }
    function fromListPartial(n, list3, hasStrings) {
      var ret;
      if (n < list3.head.data.length) {
        ret = list3.head.data.slice(0, n);
        list3.head.data = list3.head.data.slice(n);
      } else if (n === list3.head.data.length) {
        ret = list3.shift();
      } else {
        ret = hasStrings ? copyFromBufferString(n, list3) : copyFromBuffer(n, list3);
      }
      return ret;
    }
    function copyFromBufferString(n, list3) {
      var p = list3.head;
      var c = 1;
      var ret = p.data;
      n -= ret.length;
      while (p = p.next) {
        var str = p.data;
        var nb = n > str.length ? str.length : n;
        if (nb === str.length) ret += str;
        else ret += str.slice(0, n);
        n -= nb;
        if (n === 0) {
          if (nb === str.length) {
            ++c;
            if (p.next) list3.head = p.next;
            else list3.head = list3.tail = null;
          } else {
            list3.head = p;
            p.data = str.slice(nb);
          }
          break;
        }
        ++c;
      }
      list3.length -= c;
      return ret;
    }
    function copyFromBuffer(n, list3) {
      var ret = Buffer2.allocUnsafe(n);
      var p = list3.head;
      var c = 1;
      p.data.copy(ret);
      n -= p.data.length;
      while (p = p.next) {
        var buf = p.data;
        var nb = n > buf.length ? buf.length : n;
        buf.copy(ret, ret.length - n, 0, nb);
        n -= nb;
        if (n === 0) {
          if (nb === buf.length) {
            ++c;
            if (p.next) list3.head = p.next;
            else list3.head = list3.tail = null;
          } else {
            list3.head = p;
            p.data = buf.slice(nb);
          }
          break;
        }
        ++c;
      }
      list3.length -= c;
      return ret;
    }
    function endReadable(stream) {
      var state = stream._readableState;
      if (state.length > 0) throw new Error('"endReadable()" called on non-empty stream');
      if (!state.endEmitted) {
        state.ended = true;
        pna.nextTick(endReadableNT, state, stream);
      }
    }
    function endReadableNT(state, stream) {
      if (!state.endEmitted && state.length === 0) {
        state.endEmitted = true;
        stream.readable = false;
        stream.emit("end");
      }
    }
    function indexOf(xs, x) {
      for (var i = 0, l = xs.length; i < l; i++) {
        if (xs[i] === x) return i;
      }
      return -1;
    }
  }
});

// node_modules/hpack.js/node_modules/readable-stream/lib/_stream_transform.js
var require_stream_transform2 = __commonJS({
  "node_modules/hpack.js/node_modules/readable-stream/lib/_stream_transform.js"(exports, module) {
    "use strict";
    module.exports = Transform;
    var Duplex2 = require_stream_duplex2();
    var util = Object.create(require_util());
    util.inherits = require_inherits();
    util.inherits(Transform, Duplex2);
    function afterTransform(er, data) {
      var ts = this._transformState;
      ts.transforming = false;
      var cb = ts.writecb;
      if (!cb) {
        return this.emit("error", new Error("write callback called multiple times"));
      }
      ts.writechunk = null;
      ts.writecb = null;
      if (data != null)
        this.push(data);
      cb(er);
      var rs = this._readableState;
      rs.reading = false;
      if (rs.needReadable || rs.length < rs.highWaterMark) {
        this._read(rs.highWaterMark);
      }
    }
    function Transform(options) {
      if (!(this instanceof Transform)) return new Transform(options);
      Duplex2.call(this, options);
      this._transformState = {
        afterTransform: afterTransform.bind(this),
        needTransform: false,
        transforming: false,
        writecb: null,
        writechunk: null,
        writeencoding: null
      };
      this._readableState.needReadable = true;
      this._readableState.sync = false;
      if (options) {
        if (typeof options.transform === "function") this._transform = options.transform;
        if (typeof options.flush === "function") this._flush = options.flush;
      }
      this.on("prefinish", prefinish);
    }
    function prefinish() {
      var _this = this;
      if (typeof this._flush === "function") {
        this._flush(function(er, data) {
          done(_this, er, data);
        });
      } else {
        done(this, null, null);
      }
    }
    Transform.prototype.push = function(chunk, encoding) {
      this._transformState.needTransform = false;
      return Duplex2.prototype.push.call(this, chunk, encoding);
    };
    Transform.prototype._transform = function(chunk, encoding, cb) {
      throw new Error("_transform() is not implemented");
    };
    Transform.prototype._write = function(chunk, encoding, cb) {
      var ts = this._transformState;
      ts.writecb = cb;
      ts.writechunk = chunk;
      ts.writeencoding = encoding;
      if (!ts.transforming) {
        var rs = this._readableState;
        if (ts.needTransform || rs.needReadable || rs.length < rs.highWaterMark) this._read(rs.highWaterMark);
      }
    };
    Transform.prototype._read = function(n) {
      var ts = this._transformState;
      if (ts.writechunk !== null && ts.writecb && !ts.transforming) {
        ts.transforming = true;
        this._transform(ts.writechunk, ts.writeencoding, ts.afterTransform);
      } else {
        ts.needTransform = true;
      }
    };
    Transform.prototype._destroy = function(err, cb) {
      var _this2 = this;
      Duplex2.prototype._destroy.call(this, err, function(err2) {
        cb(err2);
        _this2.emit("close");
      });
    };
    function done(stream, er, data) {
      if (er) return stream.emit("error", er);
      if (data != null)
        stream.push(data);
      if (stream._writableState.length) throw new Error("Calling transform done when ws.length != 0");
      if (stream._transformState.transforming) throw new Error("Calling transform done when still transforming");
      return stream.push(null);
    }
  }
});

// node_modules/hpack.js/node_modules/readable-stream/lib/_stream_passthrough.js
var require_stream_passthrough2 = __commonJS({
  "node_modules/hpack.js/node_modules/readable-stream/lib/_stream_passthrough.js"(exports, module) {
    "use strict";
    module.exports = PassThrough;
    var Transform = require_stream_transform2();
    var util = Object.create(require_util());
    util.inherits = require_inherits();
    util.inherits(PassThrough, Transform);
    function PassThrough(options) {
      if (!(this instanceof PassThrough)) return new PassThrough(options);
      Transform.call(this, options);
    }
    PassThrough.prototype._transform = function(chunk, encoding, cb) {
      cb(null, chunk);
    };
  }
});

// node_modules/hpack.js/node_modules/readable-stream/readable.js
var require_readable2 = __commonJS({
  "node_modules/hpack.js/node_modules/readable-stream/readable.js"(exports, module) {
    var Stream = __require("stream");
    if (process.env.READABLE_STREAM === "disable" && Stream) {
      module.exports = Stream;
      exports = module.exports = Stream.Readable;
      exports.Readable = Stream.Readable;
      exports.Writable = Stream.Writable;
      exports.Duplex = Stream.Duplex;
      exports.Transform = Stream.Transform;
      exports.PassThrough = Stream.PassThrough;
      exports.Stream = Stream;
    } else {
      exports = module.exports = require_stream_readable2();
      exports.Stream = Stream || exports;
      exports.Readable = exports;
      exports.Writable = require_stream_writable2();
      exports.Duplex = require_stream_duplex2();
      exports.Transform = require_stream_transform2();
      exports.PassThrough = require_stream_passthrough2();
    }
  }
});

// node_modules/hpack.js/lib/hpack/decompressor.js
var require_decompressor = __commonJS({
  "node_modules/hpack.js/lib/hpack/decompressor.js"(exports, module) {
    var hpack = require_hpack();
    var utils = hpack.utils;
    var decoder = hpack.decoder;
    var table2 = hpack.table;
    var assert = utils.assert;
    var inherits = require_inherits();
    var Duplex2 = require_readable2().Duplex;
    function Decompressor(options) {
      Duplex2.call(this, {
        readableObjectMode: true
      });
      this._decoder = decoder.create();
      this._table = table2.create(options.table);
    }
    inherits(Decompressor, Duplex2);
    module.exports = Decompressor;
    Decompressor.create = function create(options) {
      return new Decompressor(options);
    };
    Decompressor.prototype._read = function _read() {
    };
    Decompressor.prototype._write = function _write(data, enc, cb) {
      this._decoder.push(data);
      cb(null);
    };
    Decompressor.prototype.execute = function execute(cb) {
      while (!this._decoder.isEmpty()) {
        try {
          this._execute();
        } catch (err) {
          if (cb)
            return done(err);
          else
            return this.emit("error", err);
        }
      }
      if (cb)
        done(null);
      function done(err) {
        process.nextTick(function() {
          cb(err);
        });
      }
    };
    Decompressor.prototype.updateTableSize = function updateTableSize(size) {
      this._table.updateSize(size);
    };
    Decompressor.prototype._execute = function _execute() {
      var isIndexed = this._decoder.decodeBit();
      if (isIndexed)
        return this._processIndexed();
      var isIncremental = this._decoder.decodeBit();
      var neverIndex = 0;
      if (!isIncremental) {
        var isUpdate = this._decoder.decodeBit();
        if (isUpdate)
          return this._processUpdate();
        neverIndex = this._decoder.decodeBit();
      }
      this._processLiteral(isIncremental, neverIndex);
    };
    Decompressor.prototype._processIndexed = function _processIndexed() {
      var index = this._decoder.decodeInt();
      var lookup = this._table.lookup(index);
      this.push({ name: lookup.name, value: lookup.value, neverIndex: false });
    };
    Decompressor.prototype._processLiteral = function _processLiteral(inc, never) {
      var index = this._decoder.decodeInt();
      var name2;
      var nameSize;
      if (index === 0) {
        name2 = this._decoder.decodeStr();
        nameSize = name2.length;
        name2 = utils.stringify(name2);
      } else {
        var lookup = this._table.lookup(index);
        nameSize = lookup.nameSize;
        name2 = lookup.name;
      }
      var value = this._decoder.decodeStr();
      var valueSize = value.length;
      value = utils.stringify(value);
      if (inc)
        this._table.add(name2, value, nameSize, valueSize);
      this.push({ name: name2, value, neverIndex: never !== 0 });
    };
    Decompressor.prototype._processUpdate = function _processUpdate() {
      var size = this._decoder.decodeInt();
      this.updateTableSize(size);
    };
  }
});

// node_modules/hpack.js/lib/hpack/encoder.js
var require_encoder = __commonJS({
  "node_modules/hpack.js/lib/hpack/encoder.js"(exports, module) {
    var hpack = require_hpack();
    var utils = hpack.utils;
    var huffman = hpack.huffman.encode;
    var assert = utils.assert;
    var WBuf = require_wbuf();
    function Encoder() {
      this.buffer = new WBuf();
      this.word = 0;
      this.bitOffset = 0;
    }
    module.exports = Encoder;
    Encoder.create = function create() {
      return new Encoder();
    };
    Encoder.prototype.render = function render() {
      return this.buffer.render();
    };
    Encoder.prototype.encodeBit = function encodeBit(bit) {
      var octet;
      this.word <<= 1;
      this.word |= bit;
      this.bitOffset++;
      if (this.bitOffset === 8) {
        this.buffer.writeUInt8(this.word);
        this.word = 0;
        this.bitOffset = 0;
      }
    };
    Encoder.prototype.encodeBits = function encodeBits(bits, len) {
      var left = bits;
      var leftLen = len;
      while (leftLen > 0) {
        var avail = Math.min(leftLen, 8 - this.bitOffset);
        var toWrite = left >>> leftLen - avail;
        if (avail === 8) {
          this.buffer.writeUInt8(toWrite);
        } else {
          this.word <<= avail;
          this.word |= toWrite;
          this.bitOffset += avail;
          if (this.bitOffset === 8) {
            this.buffer.writeUInt8(this.word);
            this.word = 0;
            this.bitOffset = 0;
          }
        }
        leftLen -= avail;
        left &= (1 << leftLen) - 1;
      }
    };
    Encoder.prototype.skipBits = function skipBits(num) {
      this.bitOffset += num;
      this.buffer.skip(this.bitOffset >> 3);
      this.bitOffset &= 7;
    };
    Encoder.prototype.encodeInt = function encodeInt(num) {
      var prefix = 8 - this.bitOffset;
      this.bitOffset = 0;
      var max = (1 << prefix) - 1;
      if (num < max) {
        this.buffer.writeUInt8(this.word << prefix | num);
        return octet;
      }
      var left = num - max;
      this.buffer.writeUInt8(this.word << prefix | max);
      do {
        var octet = left & 127;
        left >>= 7;
        if (left !== 0)
          octet |= 128;
        this.buffer.writeUInt8(octet);
      } while (left !== 0);
    };
    Encoder.prototype.encodeStr = function encodeStr(value, isHuffman) {
      this.encodeBit(isHuffman ? 1 : 0);
      if (!isHuffman) {
        this.buffer.reserve(value.length + 1);
        this.encodeInt(value.length);
        for (var i = 0; i < value.length; i++)
          this.buffer.writeUInt8(value[i]);
        return;
      }
      var codes = [];
      var len = 0;
      var pad = 0;
      for (var i = 0; i < value.length; i++) {
        var code = huffman[value[i]];
        codes.push(code);
        len += code[0];
      }
      if (len % 8 !== 0)
        pad = 8 - len % 8;
      len += pad;
      this.buffer.reserve(len / 8 + 1);
      this.encodeInt(len / 8);
      for (var i = 0; i < codes.length; i++) {
        var code = codes[i];
        this.encodeBits(code[1], code[0]);
      }
      this.encodeBits(255 >>> 8 - pad, pad);
    };
  }
});

// node_modules/hpack.js/lib/hpack/compressor.js
var require_compressor = __commonJS({
  "node_modules/hpack.js/lib/hpack/compressor.js"(exports, module) {
    var hpack = require_hpack();
    var utils = hpack.utils;
    var encoder = hpack.encoder;
    var table2 = hpack.table;
    var assert = utils.assert;
    var inherits = require_inherits();
    var Duplex2 = require_readable2().Duplex;
    function Compressor(options) {
      Duplex2.call(this, {
        writableObjectMode: true
      });
      this._encoder = null;
      this._table = table2.create(options.table);
    }
    inherits(Compressor, Duplex2);
    module.exports = Compressor;
    Compressor.create = function create(options) {
      return new Compressor(options);
    };
    Compressor.prototype._read = function _read() {
    };
    Compressor.prototype._write = function _write(data, enc, cb) {
      assert(Array.isArray(data), "Compressor.write() expects list of headers");
      this._encoder = encoder.create();
      for (var i = 0; i < data.length; i++)
        this._encodeHeader(data[i]);
      var data = this._encoder.render();
      this._encoder = null;
      cb(null);
      for (var i = 0; i < data.length; i++)
        this.push(data[i]);
    };
    Compressor.prototype.updateTableSize = function updateTableSize(size) {
      if (size >= this._table.protocolMaxSize) {
        size = this._table.protocolMaxSize;
        var enc = encoder.create();
        enc.encodeBits(1, 3);
        enc.encodeInt(size);
        var data = enc.render();
        for (var i = 0; i < data.length; i++)
          this.push(data[i]);
      }
      this._table.updateSize(size);
    };
    Compressor.prototype.reset = function reset() {
      var enc = encoder.create();
      var size = this._table.maxSize;
      enc.encodeBits(1, 3);
      enc.encodeInt(0);
      this._table.updateSize(0);
      enc.encodeBits(1, 3);
      enc.encodeInt(size);
      this._table.updateSize(size);
      var data = enc.render();
      for (var i = 0; i < data.length; i++)
        this.push(data[i]);
    };
    Compressor.prototype._encodeHeader = function _encodeHeader(header) {
      if (header.neverIndex) {
        var index = 0;
        var neverIndex = 1;
        var isIndexed = 0;
        var isIncremental = 0;
      } else {
        var index = this._table.reverseLookup(header.name, header.value);
        var isIndexed = index > 0;
        var isIncremental = header.incremental !== false;
        var neverIndex = 0;
      }
      this._encoder.encodeBit(isIndexed);
      if (isIndexed) {
        this._encoder.encodeInt(index);
        return;
      }
      var name2 = utils.toArray(header.name);
      var value = utils.toArray(header.value);
      this._encoder.encodeBit(isIncremental);
      if (isIncremental) {
        this._table.add(header.name, header.value, name2.length, value.length);
      } else {
        this._encoder.encodeBit(0);
        this._encoder.encodeBit(neverIndex);
      }
      this._encoder.encodeInt(-index);
      if (index === 0)
        this._encoder.encodeStr(name2, header.huffman !== false);
      this._encoder.encodeStr(value, header.huffman !== false);
    };
  }
});

// node_modules/hpack.js/lib/hpack.js
var require_hpack = __commonJS({
  "node_modules/hpack.js/lib/hpack.js"(exports) {
    var hpack = exports;
    hpack.utils = require_utils3();
    hpack.huffman = require_huffman();
    hpack["static-table"] = require_static_table();
    hpack.table = require_table();
    hpack.decoder = require_decoder();
    hpack.decompressor = require_decompressor();
    hpack.encoder = require_encoder();
    hpack.compressor = require_compressor();
  }
});

// node_modules/spdy-transport/lib/spdy-transport/protocol/http2/hpack-pool.js
var require_hpack_pool = __commonJS({
  "node_modules/spdy-transport/lib/spdy-transport/protocol/http2/hpack-pool.js"(exports, module) {
    "use strict";
    var constants2 = require_http2().constants;
    var hpack = require_hpack();
    function Pool() {
    }
    module.exports = Pool;
    Pool.create = function create() {
      return new Pool();
    };
    Pool.prototype.get = function get(version2) {
      var options = {
        table: {
          maxSize: constants2.HEADER_TABLE_SIZE
        }
      };
      var compress = hpack.compressor.create(options);
      var decompress = hpack.decompressor.create(options);
      return {
        version: version2,
        compress,
        decompress
      };
    };
    Pool.prototype.put = function put() {
    };
  }
});

// node_modules/spdy-transport/lib/spdy-transport/protocol/http2/index.js
var require_http2 = __commonJS({
  "node_modules/spdy-transport/lib/spdy-transport/protocol/http2/index.js"(exports) {
    "use strict";
    exports.name = "h2";
    exports.constants = require_constants3();
    exports.parser = require_parser3();
    exports.framer = require_framer3();
    exports.compressionPool = require_hpack_pool();
  }
});

// node_modules/spdy-transport/lib/spdy-transport/window.js
var require_window = __commonJS({
  "node_modules/spdy-transport/lib/spdy-transport/window.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var EventEmitter2 = __require("events").EventEmitter;
    var debug = {
      server: require_src()("spdy:window:server"),
      client: require_src()("spdy:window:client")
    };
    function Side(window2, name2, options) {
      EventEmitter2.call(this);
      this.name = name2;
      this.window = window2;
      this.current = options.size;
      this.max = options.size;
      this.limit = options.max;
      this.lowWaterMark = options.lowWaterMark === void 0 ? this.max / 2 : options.lowWaterMark;
      this._refilling = false;
      this._refillQueue = [];
    }
    util.inherits(Side, EventEmitter2);
    Side.prototype.setMax = function setMax(max) {
      this.window.debug(
        "id=%d side=%s setMax=%d",
        this.window.id,
        this.name,
        max
      );
      this.max = max;
      this.lowWaterMark = this.max / 2;
    };
    Side.prototype.updateMax = function updateMax(max) {
      var delta = max - this.max;
      this.window.debug(
        "id=%d side=%s updateMax=%d delta=%d",
        this.window.id,
        this.name,
        max,
        delta
      );
      this.max = max;
      this.lowWaterMark = max / 2;
      this.update(delta);
    };
    Side.prototype.setLowWaterMark = function setLowWaterMark(lwm) {
      this.lowWaterMark = lwm;
    };
    Side.prototype.update = function update(size, callback) {
      if (size <= 0 && callback && this.isEmpty()) {
        this.window.debug(
          "id=%d side=%s wait for refill=%d [%d/%d]",
          this.window.id,
          this.name,
          -size,
          this.current,
          this.max
        );
        this._refillQueue.push({
          size,
          callback
        });
        return;
      }
      this.current += size;
      if (this.current > this.limit) {
        this.emit("overflow");
        return;
      }
      this.window.debug(
        "id=%d side=%s update by=%d [%d/%d]",
        this.window.id,
        this.name,
        size,
        this.current,
        this.max
      );
      if (size < 0 && this.isDraining()) {
        this.window.debug("id=%d side=%s drained", this.window.id, this.name);
        this.emit("drain");
      }
      if (size > 0 && this.current > 0 && this.current <= size) {
        this.window.debug("id=%d side=%s full", this.window.id, this.name);
        this.emit("full");
      }
      this._processRefillQueue();
      if (callback) {
        process.nextTick(callback);
      }
    };
    Side.prototype.getCurrent = function getCurrent() {
      return this.current;
    };
    Side.prototype.getMax = function getMax() {
      return this.max;
    };
    Side.prototype.getDelta = function getDelta() {
      return this.max - this.current;
    };
    Side.prototype.isDraining = function isDraining() {
      return this.current <= this.lowWaterMark;
    };
    Side.prototype.isEmpty = function isEmpty() {
      return this.current <= 0;
    };
    Side.prototype._processRefillQueue = function _processRefillQueue() {
      if (this._refilling) {
        return;
      }
      this._refilling = true;
      while (this._refillQueue.length > 0) {
        var item = this._refillQueue[0];
        if (this.isEmpty()) {
          break;
        }
        this.window.debug(
          "id=%d side=%s refilled for size=%d",
          this.window.id,
          this.name,
          -item.size
        );
        this._refillQueue.shift();
        this.update(item.size, item.callback);
      }
      this._refilling = false;
    };
    function Window(options) {
      this.id = options.id;
      this.isServer = options.isServer;
      this.debug = this.isServer ? debug.server : debug.client;
      this.recv = new Side(this, "recv", options.recv);
      this.send = new Side(this, "send", options.send);
    }
    module.exports = Window;
    Window.prototype.clone = function clone(id) {
      return new Window({
        id,
        isServer: this.isServer,
        recv: {
          size: this.recv.max,
          max: this.recv.limit,
          lowWaterMark: this.recv.lowWaterMark
        },
        send: {
          size: this.send.max,
          max: this.send.limit,
          lowWaterMark: this.send.lowWaterMark
        }
      });
    };
  }
});

// node_modules/spdy-transport/lib/spdy-transport/priority.js
var require_priority = __commonJS({
  "node_modules/spdy-transport/lib/spdy-transport/priority.js"(exports, module) {
    "use strict";
    var transport2 = require_spdy_transport();
    var utils = transport2.utils;
    var assert = __require("assert");
    var debug = require_src()("spdy:priority");
    function PriorityNode(tree, options) {
      this.tree = tree;
      this.id = options.id;
      this.parent = options.parent;
      this.weight = options.weight;
      this.priorityFrom = 0;
      this.priorityTo = 1;
      this.priority = 1;
      this.children = {
        list: [],
        weight: 0
      };
      if (this.parent !== null) {
        this.parent.addChild(this);
      }
    }
    function compareChildren(a, b) {
      return a.weight === b.weight ? a.id - b.id : a.weight - b.weight;
    }
    PriorityNode.prototype.toJSON = function toJSON() {
      return {
        parent: this.parent,
        weight: this.weight,
        exclusive: this.exclusive
      };
    };
    PriorityNode.prototype.getPriority = function getPriority() {
      return this.priority;
    };
    PriorityNode.prototype.getPriorityRange = function getPriorityRange() {
      return { from: this.priorityFrom, to: this.priorityTo };
    };
    PriorityNode.prototype.addChild = function addChild(child) {
      child.parent = this;
      utils.binaryInsert(this.children.list, child, compareChildren);
      this.children.weight += child.weight;
      this._updatePriority(this.priorityFrom, this.priorityTo);
    };
    PriorityNode.prototype.remove = function remove() {
      assert(this.parent, "Can't remove root node");
      this.parent.removeChild(this);
      this.tree._removeNode(this);
      for (var i = 0; i < this.children.list.length; i++) {
        this.parent.addChild(this.children.list[i]);
      }
    };
    PriorityNode.prototype.removeChild = function removeChild(child) {
      this.children.weight -= child.weight;
      var index = utils.binarySearch(this.children.list, child, compareChildren);
      if (index !== -1 && this.children.list.length >= index) {
        this.children.list.splice(index, 1);
      }
    };
    PriorityNode.prototype.removeChildren = function removeChildren() {
      var children = this.children.list;
      this.children.list = [];
      this.children.weight = 0;
      return children;
    };
    PriorityNode.prototype._updatePriority = function _updatePriority(from, to) {
      this.priority = to - from;
      this.priorityFrom = from;
      this.priorityTo = to;
      var weight = 0;
      for (var i = 0; i < this.children.list.length; i++) {
        var node2 = this.children.list[i];
        var nextWeight = weight + node2.weight;
        node2._updatePriority(
          from + this.priority * (weight / this.children.weight),
          from + this.priority * (nextWeight / this.children.weight)
        );
        weight = nextWeight;
      }
    };
    function PriorityTree(options) {
      this.map = {};
      this.list = [];
      this.defaultWeight = options.defaultWeight || 16;
      this.count = 0;
      this.maxCount = options.maxCount;
      this.root = this.add({
        id: 0,
        parent: null,
        weight: 1
      });
    }
    module.exports = PriorityTree;
    PriorityTree.create = function create(options) {
      return new PriorityTree(options);
    };
    PriorityTree.prototype.add = function add(options) {
      if (options.id === options.parent) {
        return this.addDefault(options.id);
      }
      var parent = options.parent === null ? null : this.map[options.parent];
      if (parent === void 0) {
        return this.addDefault(options.id);
      }
      debug(
        "add node=%d parent=%d weight=%d exclusive=%d",
        options.id,
        options.parent === null ? -1 : options.parent,
        options.weight || this.defaultWeight,
        options.exclusive ? 1 : 0
      );
      var children;
      if (options.exclusive) {
        children = parent.removeChildren();
      }
      var node2 = new PriorityNode(this, {
        id: options.id,
        parent,
        weight: options.weight || this.defaultWeight
      });
      this.map[options.id] = node2;
      if (options.exclusive) {
        for (var i = 0; i < children.length; i++) {
          node2.addChild(children[i]);
        }
      }
      this.count++;
      if (this.count > this.maxCount) {
        debug("hit maximum remove id=%d", this.list[0].id);
        this.list.shift().remove();
      }
      if (node2.parent !== null) {
        this.list.push(node2);
      }
      return node2;
    };
    PriorityTree.prototype.get = function get(id) {
      return this.map[id];
    };
    PriorityTree.prototype.addDefault = function addDefault(id) {
      debug("creating default node");
      return this.add({ id, parent: 0, weight: this.defaultWeight });
    };
    PriorityTree.prototype._removeNode = function _removeNode(node2) {
      delete this.map[node2.id];
      var index = utils.binarySearch(this.list, node2, compareChildren);
      this.list.splice(index, 1);
      this.count--;
    };
  }
});

// node_modules/spdy-transport/lib/spdy-transport/stream.js
var require_stream4 = __commonJS({
  "node_modules/spdy-transport/lib/spdy-transport/stream.js"(exports) {
    "use strict";
    var transport2 = require_spdy_transport();
    var assert = __require("assert");
    var util = __require("util");
    var debug = {
      client: require_src()("spdy:stream:client"),
      server: require_src()("spdy:stream:server")
    };
    var Duplex2 = require_readable().Duplex;
    function Stream(connection, options) {
      Duplex2.call(this);
      var connectionState = connection._spdyState;
      var state = {};
      this._spdyState = state;
      this.id = options.id;
      this.method = options.method;
      this.path = options.path;
      this.host = options.host;
      this.headers = options.headers || {};
      this.connection = connection;
      this.parent = options.parent || null;
      state.socket = null;
      state.protocol = connectionState.protocol;
      state.constants = state.protocol.constants;
      state.priority = null;
      state.version = this.connection.getVersion();
      state.isServer = this.connection.isServer();
      state.debug = state.isServer ? debug.server : debug.client;
      state.framer = connectionState.framer;
      state.parser = connectionState.parser;
      state.request = options.request;
      state.needResponse = options.request;
      state.window = connectionState.streamWindow.clone(options.id);
      state.sessionWindow = connectionState.window;
      state.maxChunk = connectionState.maxChunk;
      state.sent = !state.request;
      state.readable = options.readable !== false;
      state.writable = options.writable !== false;
      state.aborted = false;
      state.corked = 0;
      state.corkQueue = [];
      state.timeout = new transport2.utils.Timeout(this);
      this.on("finish", this._onFinish);
      this.on("end", this._onEnd);
      var self2 = this;
      function _onWindowOverflow() {
        self2._onWindowOverflow();
      }
      state.window.recv.on("overflow", _onWindowOverflow);
      state.window.send.on("overflow", _onWindowOverflow);
      this._initPriority(options.priority);
      if (!state.readable) {
        this.push(null);
      }
      if (!state.writable) {
        this._writableState.ended = true;
        this._writableState.finished = true;
      }
    }
    util.inherits(Stream, Duplex2);
    exports.Stream = Stream;
    Stream.prototype._init = function _init(socket) {
      this.socket = socket;
    };
    Stream.prototype._initPriority = function _initPriority(priority) {
      var state = this._spdyState;
      var connectionState = this.connection._spdyState;
      var root = connectionState.priorityRoot;
      if (!priority) {
        state.priority = root.addDefault(this.id);
        return;
      }
      state.priority = root.add({
        id: this.id,
        parent: priority.parent,
        weight: priority.weight,
        exclusive: priority.exclusive
      });
    };
    Stream.prototype._handleFrame = function _handleFrame(frame) {
      var state = this._spdyState;
      if (state.aborted) {
        state.debug("id=%d ignoring frame=%s after abort", this.id, frame.type);
        return;
      }
      state.timeout.reset();
      if (frame.type === "DATA") {
        this._handleData(frame);
      } else if (frame.type === "HEADERS") {
        this._handleHeaders(frame);
      } else if (frame.type === "RST") {
        this._handleRST(frame);
      } else if (frame.type === "WINDOW_UPDATE") {
        this._handleWindowUpdate(frame);
      } else if (frame.type === "PRIORITY") {
        this._handlePriority(frame);
      } else if (frame.type === "PUSH_PROMISE") {
        this._handlePushPromise(frame);
      }
      if (frame.fin) {
        state.debug("id=%d end", this.id);
        this.push(null);
      }
    };
    function checkAborted(stream, state, callback) {
      if (state.aborted) {
        state.debug("id=%d abort write", stream.id);
        process.nextTick(function() {
          callback(new Error("Stream write aborted"));
        });
        return true;
      }
      return false;
    }
    function _send(stream, state, data, callback) {
      if (checkAborted(stream, state, callback)) {
        return;
      }
      state.debug("id=%d presend=%d", stream.id, data.length);
      state.timeout.reset();
      state.window.send.update(-data.length, function() {
        if (checkAborted(stream, state, callback)) {
          return;
        }
        state.debug("id=%d send=%d", stream.id, data.length);
        state.timeout.reset();
        state.framer.dataFrame({
          id: stream.id,
          priority: state.priority.getPriority(),
          fin: false,
          data
        }, function(err) {
          state.debug("id=%d postsend=%d", stream.id, data.length);
          callback(err);
        });
      });
    }
    Stream.prototype._write = function _write(data, enc, callback) {
      var state = this._spdyState;
      if (!state.sent) {
        this.send();
      }
      if (state.corked !== 0) {
        var self2 = this;
        state.corkQueue.push(function() {
          self2._write(data, enc, callback);
        });
        return;
      }
      this._splitStart(data, _send, callback);
    };
    Stream.prototype._splitStart = function _splitStart(data, onChunk, callback) {
      return this._split(data, 0, onChunk, callback);
    };
    Stream.prototype._split = function _split(data, offset, onChunk, callback) {
      if (offset === data.length) {
        return process.nextTick(callback);
      }
      var state = this._spdyState;
      var local = state.window.send;
      var session = state.sessionWindow.send;
      var availSession = Math.max(0, session.getCurrent());
      if (availSession === 0) {
        availSession = session.getMax();
      }
      var availLocal = Math.max(0, local.getCurrent());
      if (availLocal === 0) {
        availLocal = local.getMax();
      }
      var avail = Math.min(availSession, availLocal);
      avail = Math.min(avail, state.maxChunk);
      var self2 = this;
      if (avail === 0) {
        state.window.send.update(0, function() {
          self2._split(data, offset, onChunk, callback);
        });
        return;
      }
      var limit = avail;
      var size = Math.min(data.length - offset, limit);
      var chunk = data.slice(offset, offset + size);
      onChunk(this, state, chunk, function(err) {
        if (err) {
          return callback(err);
        }
        self2._split(data, offset + size, onChunk, callback);
      });
    };
    Stream.prototype._read = function _read() {
      var state = this._spdyState;
      if (!state.window.recv.isDraining()) {
        return;
      }
      var delta = state.window.recv.getDelta();
      state.debug("id=%d window emptying, update by %d", this.id, delta);
      state.window.recv.update(delta);
      state.framer.windowUpdateFrame({
        id: this.id,
        delta
      });
    };
    Stream.prototype._handleData = function _handleData(frame) {
      var state = this._spdyState;
      if (!state.readable || this._readableState.ended) {
        state.framer.rstFrame({ id: this.id, code: "STREAM_CLOSED" });
        return;
      }
      state.debug("id=%d recv=%d", this.id, frame.data.length);
      state.window.recv.update(-frame.data.length);
      this.push(frame.data);
    };
    Stream.prototype._handleRST = function _handleRST(frame) {
      if (frame.code !== "CANCEL") {
        this.emit("error", new Error("Got RST: " + frame.code));
      }
      this.abort();
    };
    Stream.prototype._handleWindowUpdate = function _handleWindowUpdate(frame) {
      var state = this._spdyState;
      state.window.send.update(frame.delta);
    };
    Stream.prototype._onWindowOverflow = function _onWindowOverflow() {
      var state = this._spdyState;
      state.debug("id=%d window overflow", this.id);
      state.framer.rstFrame({ id: this.id, code: "FLOW_CONTROL_ERROR" });
      this.aborted = true;
      this.emit("error", new Error("HTTP2 window overflow"));
    };
    Stream.prototype._handlePriority = function _handlePriority(frame) {
      var state = this._spdyState;
      state.priority.remove();
      state.priority = null;
      this._initPriority(frame.priority);
      this.emit("priority", frame.priority);
    };
    Stream.prototype._handleHeaders = function _handleHeaders(frame) {
      var state = this._spdyState;
      if (!state.readable || this._readableState.ended) {
        state.framer.rstFrame({ id: this.id, code: "STREAM_CLOSED" });
        return;
      }
      if (state.needResponse) {
        return this._handleResponse(frame);
      }
      this.emit("headers", frame.headers);
    };
    Stream.prototype._handleResponse = function _handleResponse(frame) {
      var state = this._spdyState;
      if (frame.headers[":status"] === void 0) {
        state.framer.rstFrame({ id: this.id, code: "PROTOCOL_ERROR" });
        return;
      }
      state.needResponse = false;
      this.emit("response", frame.headers[":status"] | 0, frame.headers);
    };
    Stream.prototype._onFinish = function _onFinish() {
      var state = this._spdyState;
      if (!state.sent) {
        this.send();
      } else {
        if (state.corked !== 0) {
          var self2 = this;
          state.corkQueue.push(function() {
            self2._onFinish();
          });
          return;
        }
        state.framer.dataFrame({
          id: this.id,
          priority: state.priority.getPriority(),
          fin: true,
          data: Buffer.alloc(0)
        });
      }
      this._maybeClose();
    };
    Stream.prototype._onEnd = function _onEnd() {
      this._maybeClose();
    };
    Stream.prototype._checkEnded = function _checkEnded(callback) {
      var state = this._spdyState;
      var ended = false;
      if (state.aborted) {
        ended = true;
      }
      if (!state.writable || this._writableState.finished) {
        ended = true;
      }
      if (!ended) {
        return true;
      }
      if (!callback) {
        return false;
      }
      var err = new Error("Ended stream can't send frames");
      process.nextTick(function() {
        callback(err);
      });
      return false;
    };
    Stream.prototype._maybeClose = function _maybeClose() {
      var state = this._spdyState;
      if (state.aborted) {
        return;
      }
      if ((!state.readable || this._readableState.ended) && this._writableState.finished) {
        state.timeout.set(0);
        this.emit("close");
      }
    };
    Stream.prototype._handlePushPromise = function _handlePushPromise(frame) {
      var push = this.connection._createStream({
        id: frame.promisedId,
        parent: this,
        push: true,
        request: true,
        method: frame.headers[":method"],
        path: frame.headers[":path"],
        host: frame.headers[":authority"],
        priority: frame.priority,
        headers: frame.headers,
        writable: false
      });
      if (this.connection._isGoaway(push.id)) {
        return;
      }
      if (!this.emit("pushPromise", push)) {
        push.abort();
      }
    };
    Stream.prototype._hardCork = function _hardCork() {
      var state = this._spdyState;
      this.cork();
      state.corked++;
    };
    Stream.prototype._hardUncork = function _hardUncork() {
      var state = this._spdyState;
      this.uncork();
      state.corked--;
      if (state.corked !== 0) {
        return;
      }
      var queue = state.corkQueue;
      state.corkQueue = [];
      for (var i = 0; i < queue.length; i++) {
        queue[i]();
      }
    };
    Stream.prototype._sendPush = function _sendPush(status2, response, callback) {
      var self2 = this;
      var state = this._spdyState;
      this._hardCork();
      state.framer.pushFrame({
        id: this.parent.id,
        promisedId: this.id,
        priority: state.priority.toJSON(),
        path: this.path,
        host: this.host,
        method: this.method,
        status: status2,
        headers: this.headers,
        response
      }, function(err) {
        self2._hardUncork();
        callback(err);
      });
    };
    Stream.prototype._wasSent = function _wasSent() {
      var state = this._spdyState;
      return state.sent;
    };
    Stream.prototype.send = function send2(callback) {
      var state = this._spdyState;
      if (state.sent) {
        var err = new Error("Stream was already sent");
        process.nextTick(function() {
          if (callback) {
            callback(err);
          }
        });
        return;
      }
      state.sent = true;
      state.timeout.reset();
      if (this.method === "GET") {
        this._writableState.ended = true;
        this._writableState.finished = true;
      }
      var self2 = this;
      this._hardCork();
      state.framer.requestFrame({
        id: this.id,
        method: this.method,
        path: this.path,
        host: this.host,
        priority: state.priority.toJSON(),
        headers: this.headers,
        fin: this._writableState.finished
      }, function(err2) {
        self2._hardUncork();
        if (!callback) {
          return;
        }
        callback(err2);
      });
    };
    Stream.prototype.respond = function respond(status2, headers, callback) {
      var self2 = this;
      var state = this._spdyState;
      assert(!state.request, "Can't respond on request");
      state.timeout.reset();
      if (!this._checkEnded(callback)) {
        return;
      }
      var frame = {
        id: this.id,
        status: status2,
        headers
      };
      this._hardCork();
      state.framer.responseFrame(frame, function(err) {
        self2._hardUncork();
        if (callback) {
          callback(err);
        }
      });
    };
    Stream.prototype.setWindow = function setWindow(size) {
      var state = this._spdyState;
      state.timeout.reset();
      if (!this._checkEnded()) {
        return;
      }
      state.debug("id=%d force window max=%d", this.id, size);
      state.window.recv.setMax(size);
      var delta = state.window.recv.getDelta();
      if (delta === 0) {
        return;
      }
      state.framer.windowUpdateFrame({
        id: this.id,
        delta
      });
      state.window.recv.update(delta);
    };
    Stream.prototype.sendHeaders = function sendHeaders(headers, callback) {
      var self2 = this;
      var state = this._spdyState;
      state.timeout.reset();
      if (!this._checkEnded(callback)) {
        return;
      }
      if (!state.sent) {
        this.headers = Object.assign({}, this.headers);
        Object.assign(this.headers, headers);
        process.nextTick(function() {
          if (callback) {
            callback(null);
          }
        });
        return;
      }
      this._hardCork();
      state.framer.headersFrame({
        id: this.id,
        headers
      }, function(err) {
        self2._hardUncork();
        if (callback) {
          callback(err);
        }
      });
    };
    Stream.prototype._destroy = function destroy() {
      this.abort();
    };
    Stream.prototype.abort = function abort(code, callback) {
      var state = this._spdyState;
      if (typeof code === "function") {
        callback = code;
        code = null;
      }
      if (this._readableState.ended && this._writableState.finished) {
        state.debug("id=%d already closed", this.id);
        if (callback) {
          process.nextTick(callback);
        }
        return;
      }
      if (state.aborted) {
        state.debug("id=%d already aborted", this.id);
        if (callback) {
          process.nextTick(callback);
        }
        return;
      }
      state.aborted = true;
      state.debug("id=%d abort", this.id);
      this.setTimeout(0);
      var abortCode = code || "CANCEL";
      state.framer.rstFrame({
        id: this.id,
        code: abortCode
      });
      var self2 = this;
      process.nextTick(function() {
        if (callback) {
          callback(null);
        }
        self2.emit("close", new Error("Aborted, code: " + abortCode));
      });
    };
    Stream.prototype.setPriority = function setPriority(info) {
      var state = this._spdyState;
      state.timeout.reset();
      if (!this._checkEnded()) {
        return;
      }
      state.debug("id=%d priority change", this.id, info);
      var frame = { id: this.id, priority: info };
      this._handlePriority(frame);
      state.framer.priorityFrame(frame);
    };
    Stream.prototype.pushPromise = function pushPromise(uri, callback) {
      if (!this._checkEnded(callback)) {
        return;
      }
      var self2 = this;
      this._hardCork();
      var push = this.connection.pushPromise(this, uri, function(err) {
        self2._hardUncork();
        if (!err) {
          push._hardUncork();
        }
        if (callback) {
          return callback(err, push);
        }
        if (err) {
          push.emit("error", err);
        }
      });
      push._hardCork();
      return push;
    };
    Stream.prototype.setMaxChunk = function setMaxChunk(size) {
      var state = this._spdyState;
      state.maxChunk = size;
    };
    Stream.prototype.setTimeout = function setTimeout2(delay, callback) {
      var state = this._spdyState;
      state.timeout.set(delay, callback);
    };
  }
});

// node_modules/spdy-transport/lib/spdy-transport/connection.js
var require_connection = __commonJS({
  "node_modules/spdy-transport/lib/spdy-transport/connection.js"(exports) {
    "use strict";
    var util = __require("util");
    var transport2 = require_spdy_transport();
    var debug = {
      server: require_src()("spdy:connection:server"),
      client: require_src()("spdy:connection:client")
    };
    var EventEmitter2 = __require("events").EventEmitter;
    var Stream = transport2.Stream;
    function Connection(socket, options) {
      EventEmitter2.call(this);
      var state = {};
      this._spdyState = state;
      this.httpAllowHalfOpen = true;
      state.timeout = new transport2.utils.Timeout(this);
      state.protocol = transport2.protocol[options.protocol];
      state.version = null;
      state.constants = state.protocol.constants;
      state.pair = null;
      state.isServer = options.isServer;
      state.priorityRoot = new transport2.Priority({
        defaultWeight: state.constants.DEFAULT_WEIGHT,
        maxCount: transport2.protocol.base.constants.MAX_PRIORITY_STREAMS
      });
      state.maxStreams = options.maxStreams || state.constants.MAX_CONCURRENT_STREAMS;
      state.autoSpdy31 = options.protocol.name !== "h2" && options.autoSpdy31;
      state.acceptPush = options.acceptPush === void 0 ? !state.isServer : options.acceptPush;
      if (options.maxChunk === false) {
        state.maxChunk = Infinity;
      } else if (options.maxChunk === void 0) {
        state.maxChunk = transport2.protocol.base.constants.DEFAULT_MAX_CHUNK;
      } else {
        state.maxChunk = options.maxChunk;
      }
      var windowSize = options.windowSize || 1 << 20;
      state.window = new transport2.Window({
        id: 0,
        isServer: state.isServer,
        recv: {
          size: state.constants.DEFAULT_WINDOW,
          max: state.constants.MAX_INITIAL_WINDOW_SIZE
        },
        send: {
          size: state.constants.DEFAULT_WINDOW,
          max: state.constants.MAX_INITIAL_WINDOW_SIZE
        }
      });
      state.window.recv.setMax(windowSize);
      state.streamWindow = new transport2.Window({
        id: -1,
        isServer: state.isServer,
        recv: {
          size: windowSize,
          max: state.constants.MAX_INITIAL_WINDOW_SIZE
        },
        send: {
          size: state.constants.DEFAULT_WINDOW,
          max: state.constants.MAX_INITIAL_WINDOW_SIZE
        }
      });
      state.pool = state.protocol.compressionPool.create(options.headerCompression);
      state.counters = {
        push: 0,
        stream: 0
      };
      state.stream = {
        map: {},
        count: 0,
        nextId: state.isServer ? 2 : 1,
        lastId: {
          both: 0,
          received: 0
        }
      };
      state.ping = {
        nextId: state.isServer ? 2 : 1,
        map: {}
      };
      state.goaway = false;
      state.debug = state.isServer ? debug.server : debug.client;
      state.xForward = null;
      state.parser = state.protocol.parser.create({
        // NOTE: needed to distinguish ping from ping ACK in SPDY
        isServer: state.isServer,
        window: state.window
      });
      state.framer = state.protocol.framer.create({
        window: state.window,
        timeout: state.timeout
      });
      if (state.protocol.name === "spdy") {
        state.framer.enablePush(state.isServer);
      }
      if (!state.isServer) {
        state.parser.skipPreface();
      }
      this.socket = socket;
      this._init();
    }
    util.inherits(Connection, EventEmitter2);
    exports.Connection = Connection;
    Connection.create = function create(socket, options) {
      return new Connection(socket, options);
    };
    Connection.prototype._init = function init() {
      var self2 = this;
      var state = this._spdyState;
      var pool = state.pool;
      state.window.recv.on("drain", function() {
        self2._onSessionWindowDrain();
      });
      state.parser.on("data", function(frame) {
        self2._handleFrame(frame);
      });
      state.parser.once("version", function(version2) {
        self2._onVersion(version2);
      });
      state.parser.on("error", function(err) {
        self2._onParserError(err);
      });
      state.framer.on("error", function(err) {
        self2.emit("error", err);
      });
      this.socket.pipe(state.parser);
      state.framer.pipe(this.socket);
      this.socket.on("error", function onSocketError(e) {
        self2.emit("error", e);
      });
      this.socket.once("close", function onclose(hadError) {
        var err;
        if (hadError) {
          err = new Error("socket hang up");
          err.code = "ECONNRESET";
        }
        self2.destroyStreams(err);
        self2.emit("close");
        if (state.pair) {
          pool.put(state.pair);
        }
        state.framer.resume();
      });
      this.once("close", function() {
        self2.setTimeout(0);
      });
      function _onWindowOverflow() {
        self2._onWindowOverflow();
      }
      state.window.recv.on("overflow", _onWindowOverflow);
      state.window.send.on("overflow", _onWindowOverflow);
      this.socket.allowHalfOpen = false;
    };
    Connection.prototype._onVersion = function _onVersion(version2) {
      var state = this._spdyState;
      var prev = state.version;
      var parser = state.parser;
      var framer = state.framer;
      var pool = state.pool;
      state.version = version2;
      state.debug("id=0 version=%d", version2);
      if (!prev) {
        state.pair = pool.get(version2);
        parser.setCompression(state.pair);
        framer.setCompression(state.pair);
      }
      framer.setVersion(version2);
      if (!state.isServer) {
        framer.prefaceFrame();
        if (state.xForward !== null) {
          framer.xForwardedFor({ host: state.xForward });
        }
      }
      framer.settingsFrame({
        max_header_list_size: state.constants.DEFAULT_MAX_HEADER_LIST_SIZE,
        max_concurrent_streams: state.maxStreams,
        enable_push: state.acceptPush ? 1 : 0,
        initial_window_size: state.window.recv.max
      });
      if (state.version >= 3.1 || state.isServer && state.autoSpdy31) {
        this._onSessionWindowDrain();
      }
      this.emit("version", version2);
    };
    Connection.prototype._onParserError = function _onParserError(err) {
      var state = this._spdyState;
      state.parser.kill();
      if (err instanceof transport2.protocol.base.utils.ProtocolError) {
        this._goaway({
          lastId: state.stream.lastId.both,
          code: err.code,
          extra: err.message,
          send: true
        });
      }
      this.emit("error", err);
    };
    Connection.prototype._handleFrame = function _handleFrame(frame) {
      var state = this._spdyState;
      state.debug("id=0 frame", frame);
      state.timeout.reset();
      this.emit("frame", frame);
      var stream;
      if (frame.type === "WINDOW_UPDATE" && frame.id === 0) {
        if (state.version < 3.1 && state.autoSpdy31) {
          state.debug("id=0 switch version to 3.1");
          state.version = 3.1;
          this.emit("version", 3.1);
        }
        state.window.send.update(frame.delta);
        return;
      }
      if (state.isServer && frame.type === "PUSH_PROMISE") {
        state.debug("id=0 server PUSH_PROMISE");
        this._goaway({
          lastId: state.stream.lastId.both,
          code: "PROTOCOL_ERROR",
          send: true
        });
        return;
      }
      if (!stream && frame.id !== void 0) {
        stream = state.stream.map[frame.id];
        if (!stream && frame.type !== "HEADERS" && frame.type !== "PRIORITY" && frame.type !== "RST") {
          if (this._isGoaway(frame.id)) {
            return;
          }
          state.debug("id=0 stream=%d not found", frame.id);
          state.framer.rstFrame({ id: frame.id, code: "INVALID_STREAM" });
          return;
        }
      }
      if (!stream && frame.type === "HEADERS") {
        this._handleHeaders(frame);
        return;
      }
      if (stream) {
        stream._handleFrame(frame);
      } else if (frame.type === "SETTINGS") {
        this._handleSettings(frame.settings);
      } else if (frame.type === "ACK_SETTINGS") {
      } else if (frame.type === "PING") {
        this._handlePing(frame);
      } else if (frame.type === "GOAWAY") {
        this._handleGoaway(frame);
      } else if (frame.type === "X_FORWARDED_FOR") {
        if (state.xForward === null) {
          state.xForward = frame.host;
        }
      } else if (frame.type === "PRIORITY") {
      } else {
        state.debug("id=0 unknown frame type: %s", frame.type);
      }
    };
    Connection.prototype._onWindowOverflow = function _onWindowOverflow() {
      var state = this._spdyState;
      state.debug("id=0 window overflow");
      this._goaway({
        lastId: state.stream.lastId.both,
        code: "FLOW_CONTROL_ERROR",
        send: true
      });
    };
    Connection.prototype._isGoaway = function _isGoaway(id) {
      var state = this._spdyState;
      if (state.goaway !== false && state.goaway < id) {
        return true;
      }
      return false;
    };
    Connection.prototype._getId = function _getId() {
      var state = this._spdyState;
      var id = state.stream.nextId;
      state.stream.nextId += 2;
      return id;
    };
    Connection.prototype._createStream = function _createStream(uri) {
      var state = this._spdyState;
      var id = uri.id;
      if (id === void 0) {
        id = this._getId();
      }
      var isGoaway = this._isGoaway(id);
      if (uri.push && !state.acceptPush) {
        state.debug("id=0 push disabled promisedId=%d", id);
        this._goaway({
          lastId: state.stream.lastId.both,
          code: "PROTOCOL_ERROR",
          send: true
        });
        isGoaway = true;
      }
      var stream = new Stream(this, {
        id,
        request: uri.request !== false,
        method: uri.method,
        path: uri.path,
        host: uri.host,
        priority: uri.priority,
        headers: uri.headers,
        parent: uri.parent,
        readable: !isGoaway && uri.readable,
        writable: !isGoaway && uri.writable
      });
      var self2 = this;
      if (isGoaway) {
        return stream;
      }
      state.stream.lastId.both = Math.max(state.stream.lastId.both, id);
      state.debug("id=0 add stream=%d", stream.id);
      state.stream.map[stream.id] = stream;
      state.stream.count++;
      state.counters.stream++;
      if (stream.parent !== null) {
        state.counters.push++;
      }
      stream.once("close", function() {
        self2._removeStream(stream);
      });
      return stream;
    };
    Connection.prototype._handleHeaders = function _handleHeaders(frame) {
      var state = this._spdyState;
      if (frame.id <= state.stream.lastId.received) {
        return;
      }
      if ((frame.id + state.stream.nextId) % 2 === 0) {
        state.framer.rstFrame({ id: frame.id, code: "PROTOCOL_ERROR" });
        return;
      }
      var stream = this._createStream({
        id: frame.id,
        request: false,
        method: frame.headers[":method"],
        path: frame.headers[":path"],
        host: frame.headers[":authority"],
        priority: frame.priority,
        headers: frame.headers,
        writable: frame.writable
      });
      if (this._isGoaway(stream.id)) {
        return;
      }
      state.stream.lastId.received = Math.max(
        state.stream.lastId.received,
        stream.id
      );
      if (!this.emit("stream", stream)) {
        stream.abort();
        return;
      }
      if (frame.fin) {
        stream._handleFrame({ type: "FIN", fin: true });
      }
      return stream;
    };
    Connection.prototype._onSessionWindowDrain = function _onSessionWindowDrain() {
      var state = this._spdyState;
      if (state.version < 3.1 && !(state.isServer && state.autoSpdy31)) {
        return;
      }
      var delta = state.window.recv.getDelta();
      if (delta === 0) {
        return;
      }
      state.debug("id=0 session window drain, update by %d", delta);
      state.framer.windowUpdateFrame({
        id: 0,
        delta
      });
      state.window.recv.update(delta);
    };
    Connection.prototype.start = function start(version2) {
      this._spdyState.parser.setVersion(version2);
    };
    Connection.prototype.getVersion = function getVersion() {
      return this._spdyState.version;
    };
    Connection.prototype._handleSettings = function _handleSettings(settings) {
      var state = this._spdyState;
      state.framer.ackSettingsFrame();
      this._setDefaultWindow(settings);
      if (settings.max_frame_size) {
        state.framer.setMaxFrameSize(settings.max_frame_size);
      }
      if (settings.header_table_size) {
        try {
          state.pair.compress.updateTableSize(settings.header_table_size);
        } catch (e) {
          this._goaway({
            lastId: 0,
            code: "PROTOCOL_ERROR",
            send: true
          });
          return;
        }
      }
      if (state.protocol.name !== "spdy") {
        if (settings.enable_push === void 0) {
          state.framer.enablePush(state.isServer);
        } else {
          state.framer.enablePush(settings.enable_push === 1);
        }
      }
    };
    Connection.prototype._setDefaultWindow = function _setDefaultWindow(settings) {
      if (settings.initial_window_size === void 0) {
        return;
      }
      var state = this._spdyState;
      var window2 = state.streamWindow;
      window2.send.setMax(settings.initial_window_size);
      Object.keys(state.stream.map).forEach(function(id) {
        var stream = state.stream.map[id];
        var window3 = stream._spdyState.window;
        window3.send.updateMax(settings.initial_window_size);
      });
    };
    Connection.prototype._handlePing = function handlePing(frame) {
      var self2 = this;
      var state = this._spdyState;
      if (!frame.ack) {
        state.framer.pingFrame({
          opaque: frame.opaque,
          ack: true
        });
        self2.emit("ping", frame.opaque);
        return;
      }
      var hex2 = frame.opaque.toString("hex");
      if (!state.ping.map[hex2]) {
        return;
      }
      var ping = state.ping.map[hex2];
      delete state.ping.map[hex2];
      if (ping.cb) {
        ping.cb(null);
      }
    };
    Connection.prototype._handleGoaway = function handleGoaway(frame) {
      this._goaway({
        lastId: frame.lastId,
        code: frame.code,
        send: false
      });
    };
    Connection.prototype.ping = function ping(callback) {
      var state = this._spdyState;
      var opaque = Buffer.alloc(state.constants.PING_OPAQUE_SIZE);
      opaque.fill(0);
      opaque.writeUInt32BE(state.ping.nextId, opaque.length - 4);
      state.ping.nextId += 2;
      state.ping.map[opaque.toString("hex")] = { cb: callback };
      state.framer.pingFrame({
        opaque,
        ack: false
      });
    };
    Connection.prototype.getCounter = function getCounter(name2) {
      return this._spdyState.counters[name2];
    };
    Connection.prototype.reserveStream = function reserveStream(uri, callback) {
      var stream = this._createStream(uri);
      if (this._isGoaway(stream.id)) {
        var err = new Error("Can't send request after GOAWAY");
        process.nextTick(function() {
          if (callback) {
            callback(err);
          } else {
            stream.emit("error", err);
          }
        });
        return stream;
      }
      if (callback) {
        process.nextTick(function() {
          callback(null, stream);
        });
      }
      return stream;
    };
    Connection.prototype.request = function request(uri, callback) {
      var stream = this.reserveStream(uri, function(err) {
        if (err) {
          if (callback) {
            callback(err);
          } else {
            stream.emit("error", err);
          }
          return;
        }
        if (stream._wasSent()) {
          if (callback) {
            callback(null, stream);
          }
          return;
        }
        stream.send(function(err2) {
          if (err2) {
            if (callback) {
              return callback(err2);
            } else {
              return stream.emit("error", err2);
            }
          }
          if (callback) {
            callback(null, stream);
          }
        });
      });
      return stream;
    };
    Connection.prototype._removeStream = function _removeStream(stream) {
      var state = this._spdyState;
      state.debug("id=0 remove stream=%d", stream.id);
      delete state.stream.map[stream.id];
      state.stream.count--;
      if (state.stream.count === 0) {
        this.emit("_streamDrain");
      }
    };
    Connection.prototype._goaway = function _goaway(params) {
      var state = this._spdyState;
      var self2 = this;
      state.goaway = params.lastId;
      state.debug("id=0 goaway from=%d", state.goaway);
      Object.keys(state.stream.map).forEach(function(id) {
        var stream = state.stream.map[id];
        if (stream.id <= params.lastId) {
          return;
        }
        stream.abort();
        stream.emit("error", new Error("New stream after GOAWAY"));
      });
      function finish() {
        if (state.stream.count === 0 || params.code !== "OK") {
          state.parser.kill();
          process.nextTick(function() {
            var err = new Error("Fatal error: " + params.code);
            self2._onStreamDrain(err);
          });
          return;
        }
        self2.on("_streamDrain", self2._onStreamDrain);
      }
      if (params.send) {
        state.framer.goawayFrame({
          lastId: params.lastId,
          code: params.code,
          extra: params.extra
        }, finish);
      } else {
        finish();
      }
    };
    Connection.prototype._onStreamDrain = function _onStreamDrain(error) {
      var state = this._spdyState;
      state.debug("id=0 _onStreamDrain");
      state.framer.dump();
      state.framer.unpipe(this.socket);
      state.framer.resume();
      if (this.socket.destroySoon) {
        this.socket.destroySoon();
      }
      this.emit("close", error);
    };
    Connection.prototype.end = function end(callback) {
      var state = this._spdyState;
      if (callback) {
        this.once("close", callback);
      }
      this._goaway({
        lastId: state.stream.lastId.both,
        code: "OK",
        send: true
      });
    };
    Connection.prototype.destroyStreams = function destroyStreams(err) {
      var state = this._spdyState;
      Object.keys(state.stream.map).forEach(function(id) {
        var stream = state.stream.map[id];
        stream.destroy();
        if (err) {
          stream.emit("error", err);
        }
      });
    };
    Connection.prototype.isServer = function isServer() {
      return this._spdyState.isServer;
    };
    Connection.prototype.getXForwardedFor = function getXForwardFor() {
      return this._spdyState.xForward;
    };
    Connection.prototype.sendXForwardedFor = function sendXForwardedFor(host) {
      var state = this._spdyState;
      if (state.version !== null) {
        state.framer.xForwardedFor({ host });
      } else {
        state.xForward = host;
      }
    };
    Connection.prototype.pushPromise = function pushPromise(parent, uri, callback) {
      var state = this._spdyState;
      var stream = this._createStream({
        request: false,
        parent,
        method: uri.method,
        path: uri.path,
        host: uri.host,
        priority: uri.priority,
        headers: uri.headers,
        readable: false
      });
      var err;
      if (this._isGoaway(stream.id)) {
        err = new Error("Can't send PUSH_PROMISE after GOAWAY");
        process.nextTick(function() {
          if (callback) {
            callback(err);
          } else {
            stream.emit("error", err);
          }
        });
        return stream;
      }
      if (uri.push && !state.acceptPush) {
        err = new Error(
          "Can't send PUSH_PROMISE, other side won't accept it"
        );
        process.nextTick(function() {
          if (callback) {
            callback(err);
          } else {
            stream.emit("error", err);
          }
        });
        return stream;
      }
      stream._sendPush(uri.status, uri.response, function(err2) {
        if (!callback) {
          if (err2) {
            stream.emit("error", err2);
          }
          return;
        }
        if (err2) {
          return callback(err2);
        }
        callback(null, stream);
      });
      return stream;
    };
    Connection.prototype.setTimeout = function setTimeout2(delay, callback) {
      var state = this._spdyState;
      state.timeout.set(delay, callback);
    };
  }
});

// node_modules/spdy-transport/lib/spdy-transport.js
var require_spdy_transport = __commonJS({
  "node_modules/spdy-transport/lib/spdy-transport.js"(exports) {
    "use strict";
    var transport2 = exports;
    transport2.utils = require_utils();
    transport2.protocol = {};
    transport2.protocol.base = require_base();
    transport2.protocol.spdy = require_spdy();
    transport2.protocol.http2 = require_http2();
    transport2.Window = require_window();
    transport2.Priority = require_priority();
    transport2.Stream = require_stream4().Stream;
    transport2.Connection = require_connection().Connection;
    transport2.connection = transport2.Connection;
  }
});

// src/sim/api/resources.ts
var CRUD = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];
function core(kind, plural, extra = {}) {
  return {
    group: "",
    version: "v1",
    kind,
    plural,
    singular: kind.toLowerCase(),
    namespaced: true,
    verbs: CRUD,
    statusSubresource: false,
    generation: false,
    ...extra
  };
}
var RESOURCE_TYPES = [
  core("Namespace", "namespaces", {
    namespaced: false,
    shortNames: ["ns"],
    statusSubresource: true,
    verbs: ["create", "delete", "get", "list", "patch", "update", "watch"]
  }),
  core("Node", "nodes", { namespaced: false, shortNames: ["no"], statusSubresource: true }),
  core("Pod", "pods", {
    shortNames: ["po"],
    categories: ["all"],
    statusSubresource: true,
    subresources: ["status", "portforward", "log"]
  }),
  core("Service", "services", {
    shortNames: ["svc"],
    categories: ["all"],
    statusSubresource: true,
    subresources: ["status", "proxy"]
  }),
  core("Endpoints", "endpoints", { shortNames: ["ep"] }),
  core("Event", "events", { shortNames: ["ev"] }),
  core("Secret", "secrets"),
  core("ConfigMap", "configmaps", { shortNames: ["cm"] }),
  core("ServiceAccount", "serviceaccounts", { shortNames: ["sa"] }),
  core("ResourceQuota", "resourcequotas", { shortNames: ["quota"], statusSubresource: true }),
  {
    group: "apiextensions.k8s.io",
    version: "v1",
    kind: "CustomResourceDefinition",
    plural: "customresourcedefinitions",
    singular: "customresourcedefinition",
    namespaced: false,
    shortNames: ["crd", "crds"],
    verbs: CRUD,
    statusSubresource: true,
    generation: true
  },
  {
    group: "ray.io",
    version: "v1",
    kind: "RayService",
    plural: "rayservices",
    singular: "rayservice",
    namespaced: true,
    categories: ["all"],
    verbs: CRUD,
    statusSubresource: true,
    generation: true
  },
  {
    group: "ray.io",
    version: "v1",
    kind: "RayCluster",
    plural: "rayclusters",
    singular: "raycluster",
    namespaced: true,
    categories: ["all"],
    verbs: CRUD,
    statusSubresource: true,
    generation: true
  },
  {
    group: "authorization.k8s.io",
    version: "v1",
    kind: "SelfSubjectAccessReview",
    plural: "selfsubjectaccessreviews",
    singular: "selfsubjectaccessreview",
    namespaced: false,
    verbs: ["create"],
    statusSubresource: false,
    generation: false
  },
  {
    group: "discovery.k8s.io",
    version: "v1",
    kind: "EndpointSlice",
    plural: "endpointslices",
    singular: "endpointslice",
    namespaced: true,
    verbs: CRUD,
    statusSubresource: false,
    generation: false
  },
  {
    group: "rbac.authorization.k8s.io",
    version: "v1",
    kind: "Role",
    plural: "roles",
    singular: "role",
    namespaced: true,
    verbs: CRUD,
    statusSubresource: false,
    generation: false
  },
  {
    group: "rbac.authorization.k8s.io",
    version: "v1",
    kind: "RoleBinding",
    plural: "rolebindings",
    singular: "rolebinding",
    namespaced: true,
    verbs: CRUD,
    statusSubresource: false,
    generation: false
  }
];
function apiVersionOf(type) {
  return type.group ? `${type.group}/${type.version}` : type.version;
}
function typeByPath(group, version2, plural) {
  return RESOURCE_TYPES.find((t) => t.group === group && t.version === version2 && t.plural === plural);
}
function typeByKind(apiVersion, kind) {
  return RESOURCE_TYPES.find((t) => apiVersionOf(t) === apiVersion && t.kind === kind);
}
function groupsOf() {
  const groups = /* @__PURE__ */ new Map();
  for (const type of RESOURCE_TYPES) {
    if (!type.group) continue;
    const versions = groups.get(type.group) ?? [];
    if (!versions.includes(type.version)) versions.push(type.version);
    groups.set(type.group, versions);
  }
  return groups;
}

// src/sim/cluster/bootstrap.ts
var DEFAULT_NODE_POOL = { gpuNodes: 4, gpusPerNode: 1, cpuNodes: 1 };
function node(name2, gpus) {
  const capacity = {
    cpu: gpus ? "48" : "16",
    memory: gpus ? "393216Mi" : "65536Mi",
    pods: "110",
    ...gpus ? { "nvidia.com/gpu": String(gpus) } : {}
  };
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: {
      name: name2,
      labels: {
        "kubernetes.io/hostname": name2,
        "kubernetes.io/os": "linux",
        ...gpus ? { "nvidia.com/gpu.present": "true", "nvidia.com/gpu.product": "NVIDIA-L40S" } : {}
      }
    },
    spec: {},
    status: {
      capacity,
      allocatable: capacity,
      conditions: [{ type: "Ready", status: "True", reason: "KubeletReady", message: "rayservice-ci sim node" }],
      nodeInfo: { kubeletVersion: "v1.32.0-sim" }
    }
  };
}
function crd(kind, plural, annotations) {
  const type = RESOURCE_TYPES.find((t) => t.plural === plural && t.group === "ray.io");
  return {
    apiVersion: "apiextensions.k8s.io/v1",
    kind: "CustomResourceDefinition",
    metadata: { name: `${plural}.ray.io`, annotations },
    spec: {
      group: "ray.io",
      names: { kind, listKind: `${kind}List`, plural, singular: type.singular, categories: ["all"] },
      scope: "Namespaced",
      versions: [
        {
          name: "v1",
          served: true,
          storage: true,
          subresources: { status: {} },
          schema: { openAPIV3Schema: { type: "object", "x-kubernetes-preserve-unknown-fields": true } }
        }
      ]
    },
    status: {
      conditions: [{ type: "Established", status: "True", reason: "InitialNamesAccepted" }],
      acceptedNames: { kind, plural }
    }
  };
}
function bootstrap(store, pool, crdAnnotations = {}) {
  const ns = typeByKind("v1", "Namespace");
  for (const name2 of ["default", "kube-system", "kube-public"]) {
    store.create(ns, void 0, {
      apiVersion: "v1",
      kind: "Namespace",
      metadata: { name: name2 },
      spec: { finalizers: ["kubernetes"] },
      status: { phase: "Active" }
    });
  }
  const nodes = typeByKind("v1", "Node");
  for (let i = 0; i < pool.cpuNodes; i++) store.create(nodes, void 0, node(`sim-cpu-${i}`, 0));
  for (let i = 0; i < pool.gpuNodes; i++) store.create(nodes, void 0, node(`sim-gpu-${i}`, pool.gpusPerNode));
  const crds = typeByKind("apiextensions.k8s.io/v1", "CustomResourceDefinition");
  store.create(crds, void 0, crd("RayService", "rayservices", crdAnnotations));
  store.create(crds, void 0, crd("RayCluster", "rayclusters", crdAnnotations));
}

// src/sim/kuberay/versions.ts
var KUBERAY_VERSIONS = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7"];
var DEFAULT_KUBERAY_VERSION = "1.7";
var ALL_READY_REASONS = [
  "Initializing",
  "InitializingTimeout",
  "NonZeroServeEndpoints",
  "ZeroServeEndpoints",
  "ValidationFailed"
];
var without = (list3, ...dropped) => list3.filter((item) => !dropped.includes(item));
var V1_7 = {
  tag: "v1.7.0",
  clusterNameInfix: "-",
  podNames: "group-worker",
  statusModel: "conditions",
  healthLastUpdateTime: false,
  conditionTypes: ["Ready", "UpgradeInProgress", "RollbackInProgress", "Suspending", "Suspended"],
  readyReasons: ALL_READY_REASONS,
  metadataValidation: "condition",
  serviceEvents: "v1.3",
  initializingTimeout: true,
  deletionDelaySeconds: true,
  upgradeStrategy: true,
  finalizer: true,
  versionAnnotation: true,
  clusterStatusFields: "v1.2",
  clusterConditions: true,
  controllerGen: "v0.16.5"
};
var V1_6 = {
  ...V1_7,
  tag: "v1.6.0",
  conditionTypes: ["Ready", "UpgradeInProgress", "RollbackInProgress"],
  finalizer: false
};
var V1_5 = {
  ...V1_6,
  tag: "v1.5.0",
  conditionTypes: ["Ready", "UpgradeInProgress"],
  readyReasons: without(ALL_READY_REASONS, "ValidationFailed"),
  metadataValidation: "event"
};
var V1_4 = {
  ...V1_5,
  tag: "v1.4.0",
  readyReasons: without(ALL_READY_REASONS, "ValidationFailed", "InitializingTimeout"),
  initializingTimeout: false,
  deletionDelaySeconds: false
};
var V1_3 = {
  ...V1_4,
  tag: "v1.3.0",
  clusterNameInfix: "-raycluster-",
  metadataValidation: "none",
  controllerGen: "v0.15.0"
};
var V1_2 = {
  ...V1_3,
  tag: "v1.2.2",
  statusModel: "serviceStatus",
  serviceEvents: "v1.1",
  healthLastUpdateTime: true,
  conditionTypes: [],
  readyReasons: [],
  upgradeStrategy: false,
  clusterConditions: false
};
var V1_1 = {
  ...V1_2,
  tag: "v1.1.0",
  podNames: "worker-group",
  versionAnnotation: false,
  clusterStatusFields: "v1.1",
  controllerGen: "v0.13.0"
};
var KUBERAY_FEATURES = {
  "1.1": V1_1,
  "1.2": V1_2,
  "1.3": V1_3,
  "1.4": V1_4,
  "1.5": V1_5,
  "1.6": V1_6,
  "1.7": V1_7
};
function isKubeRayVersion(value) {
  return KUBERAY_VERSIONS.includes(value);
}

// src/sim/server.ts
import { createServer as createServer2 } from "node:http";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

// src/sim/api/handler.ts
var import_yaml = __toESM(require_dist(), 1);

// src/sim/api/discovery.ts
var AGGREGATED_CONTENT_TYPE = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList";
function version() {
  return {
    major: "1",
    minor: "32",
    gitVersion: "v1.32.0-rayservice-ci-sim",
    gitCommit: "",
    gitTreeState: "clean",
    buildDate: "2026-01-01T00:00:00Z",
    goVersion: "go1.23",
    compiler: "gc",
    platform: "linux/amd64"
  };
}
function apiResource(type) {
  return {
    name: type.plural,
    singularName: type.singular,
    namespaced: type.namespaced,
    kind: type.kind,
    verbs: type.verbs,
    ...type.shortNames ? { shortNames: type.shortNames } : {},
    ...type.categories ? { categories: type.categories } : {}
  };
}
function resourceList(group, version2) {
  const types = RESOURCE_TYPES.filter((t) => t.group === group && t.version === version2);
  const resources = types.flatMap((type) => [
    apiResource(type),
    ...(type.subresources ?? (type.statusSubresource ? ["status"] : [])).map((sub) => ({
      name: `${type.plural}/${sub}`,
      singularName: "",
      namespaced: type.namespaced,
      kind: sub === "status" ? type.kind : sub === "portforward" ? "PodPortForwardOptions" : sub === "proxy" ? "ServiceProxyOptions" : "Pod",
      verbs: sub === "status" ? ["get", "patch", "update"] : sub === "log" ? ["get"] : ["create", "get"]
    }))
  ]);
  return {
    kind: "APIResourceList",
    apiVersion: "v1",
    groupVersion: group ? `${group}/${version2}` : version2,
    resources
  };
}
function apiVersions(serverAddress) {
  return {
    kind: "APIVersions",
    versions: ["v1"],
    serverAddressByClientCIDRs: [{ clientCIDR: "0.0.0.0/0", serverAddress }]
  };
}
function apiGroup(group) {
  const versions = groupsOf().get(group) ?? [];
  const list3 = versions.map((v) => ({ groupVersion: `${group}/${v}`, version: v }));
  return { kind: "APIGroup", apiVersion: "v1", name: group, versions: list3, preferredVersion: list3[0] };
}
function apiGroupList() {
  return {
    kind: "APIGroupList",
    apiVersion: "v1",
    groups: [...groupsOf().keys()].map((g) => ({ ...apiGroup(g), kind: void 0, apiVersion: void 0 }))
  };
}
function discoveryResource(type) {
  const subresources = (type.subresources ?? (type.statusSubresource ? ["status"] : [])).map((sub) => ({
    subresource: sub,
    ...sub === "status" ? { responseKind: { group: type.group, version: type.version, kind: type.kind } } : {},
    verbs: sub === "status" ? ["get", "patch", "update"] : ["create", "get"]
  }));
  return {
    resource: type.plural,
    responseKind: { group: type.group, version: type.version, kind: type.kind },
    scope: type.namespaced ? "Namespaced" : "Cluster",
    singularResource: type.singular,
    verbs: type.verbs,
    ...type.shortNames ? { shortNames: type.shortNames } : {},
    ...type.categories ? { categories: type.categories } : {},
    ...subresources.length ? { subresources } : {}
  };
}
function aggregated(core2) {
  const groups = core2 ? [""] : [...groupsOf().keys()];
  return {
    kind: "APIGroupDiscoveryList",
    apiVersion: "apidiscovery.k8s.io/v2",
    metadata: {},
    items: groups.map((group) => ({
      metadata: { name: group, creationTimestamp: null },
      versions: [...new Set(RESOURCE_TYPES.filter((t) => t.group === group).map((t) => t.version))].map((version2) => ({
        version: version2,
        resources: RESOURCE_TYPES.filter((t) => t.group === group && t.version === version2).map(discoveryResource),
        freshness: "Current"
      }))
    }))
  };
}

// src/sim/api/openapi.ts
import { createHash } from "node:crypto";
function gvPath(group, version2) {
  return group ? `apis/${group}/${version2}` : `api/${version2}`;
}
function groupVersions() {
  const seen = /* @__PURE__ */ new Map();
  for (const t of RESOURCE_TYPES) seen.set(gvPath(t.group, t.version), { group: t.group, version: t.version });
  return [...seen.values()];
}
var QUERY = (name2) => ({ name: name2, in: "query", schema: { type: "string", uniqueItems: true } });
function schemaName(type) {
  const group = type.group === "" ? "io.k8s.api.core" : type.group.split(".").reverse().join(".");
  return `${group}.${type.version}.${type.kind}`;
}
function operations(type) {
  const gvk = { group: type.group, version: type.version, kind: type.kind };
  const op = (action, extra = []) => ({
    operationId: `${action}${type.kind}`,
    parameters: [QUERY("pretty"), ...extra.map(QUERY)],
    responses: {
      "200": {
        description: "OK",
        content: { "application/json": { schema: { $ref: `#/components/schemas/${schemaName(type)}` } } }
      }
    },
    "x-kubernetes-action": action,
    "x-kubernetes-group-version-kind": gvk
  });
  const mutate = ["dryRun", "fieldManager", "fieldValidation"];
  const base = `/${gvPath(type.group, type.version)}${type.namespaced ? "/namespaces/{namespace}" : ""}/${type.plural}`;
  const paths = {
    [base]: {
      get: op("list", ["labelSelector", "fieldSelector", "watch", "resourceVersion", "timeoutSeconds"]),
      post: op("post", mutate)
    }
  };
  if (type.kind !== "SelfSubjectAccessReview") {
    paths[`${base}/{name}`] = {
      get: op("get"),
      put: op("put", mutate),
      patch: op("patch", [...mutate, "force"]),
      delete: op("delete", ["dryRun", "gracePeriodSeconds", "propagationPolicy"])
    };
    if (type.statusSubresource)
      paths[`${base}/{name}/status`] = {
        get: op("get"),
        put: op("put", mutate),
        patch: op("patch", [...mutate, "force"])
      };
  }
  return paths;
}
function openapiDocument(group, version2) {
  const types = RESOURCE_TYPES.filter((t) => t.group === group && t.version === version2);
  if (!types.length) return void 0;
  return {
    openapi: "3.0.0",
    info: { title: "Kubernetes (rayservice-ci sim)", version: "v1.32.0" },
    paths: Object.assign({}, ...types.map(operations)),
    components: {
      schemas: Object.fromEntries(
        types.map((t) => [
          schemaName(t),
          {
            type: "object",
            description: `${t.kind} (schema not modelled by the sim; fields are preserved).`,
            "x-kubernetes-preserve-unknown-fields": true,
            "x-kubernetes-group-version-kind": [{ group: t.group, version: t.version, kind: t.kind }]
          }
        ])
      )
    }
  };
}
function openapiIndex() {
  const paths = {};
  for (const { group, version: version2 } of groupVersions()) {
    const hash = createHash("sha256").update(JSON.stringify(openapiDocument(group, version2))).digest("hex").slice(0, 32).toUpperCase();
    paths[gvPath(group, version2)] = { serverRelativeURL: `/openapi/v3/${gvPath(group, version2)}?hash=${hash}` };
  }
  return { paths };
}

// src/sim/api/status.ts
function status(error) {
  return {
    kind: "Status",
    apiVersion: "v1",
    metadata: {},
    status: "Failure",
    message: error.message,
    reason: error.reason,
    ...error.details ? { details: error.details } : {},
    code: error.code
  };
}
var ApiError = class extends Error {
  error;
  constructor(error) {
    super(error.message);
    this.error = error;
  }
};
var notFound = (resource, name2, group = "") => new ApiError({
  code: 404,
  reason: "NotFound",
  message: `${resource}${group ? `.${group}` : ""} "${name2}" not found`,
  details: { name: name2, group, kind: resource }
});
var alreadyExists = (resource, name2, group = "") => new ApiError({
  code: 409,
  reason: "AlreadyExists",
  message: `${resource}${group ? `.${group}` : ""} "${name2}" already exists`,
  details: { name: name2, group, kind: resource }
});
var conflict = (resource, name2, group = "") => new ApiError({
  code: 409,
  reason: "Conflict",
  message: `Operation cannot be fulfilled on ${resource}${group ? `.${group}` : ""} "${name2}": the object has been modified; please apply your changes to the latest version and try again`,
  details: { name: name2, group, kind: resource }
});
var badRequest = (message) => new ApiError({ code: 400, reason: "BadRequest", message });
var gone = (message) => new ApiError({ code: 410, reason: "Expired", message });
var methodNotAllowed = (message) => new ApiError({ code: 405, reason: "MethodNotAllowed", message });
var forbidden = (message) => new ApiError({ code: 403, reason: "Forbidden", message });

// src/sim/api/patch.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function mergePatch(target, patch) {
  if (!isObject(patch)) return structuredClone(patch);
  const out = isObject(target) ? structuredClone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}
function pointer(path) {
  if (typeof path !== "string") throw badRequest(`invalid JSON pointer: ${JSON.stringify(path) ?? String(path)}`);
  if (path === "") return [];
  if (!path.startsWith("/")) throw badRequest(`invalid JSON pointer "${path}"`);
  return path.slice(1).split("/").map((s2) => s2.replaceAll("~1", "/").replaceAll("~0", "~"));
}
function parentOf(doc, segments, path) {
  let node2 = doc;
  for (const segment of segments.slice(0, -1)) {
    node2 = Array.isArray(node2) ? node2[Number(segment)] : node2?.[segment];
    if (node2 === void 0) throw unprocessable(`doc is missing path: "${path}"`);
  }
  return { parent: node2, last: segments[segments.length - 1] };
}
function unprocessable(message) {
  return new ApiError({
    code: 422,
    reason: "Invalid",
    message: `the server rejected our request due to an error in our request: ${message}`
  });
}
function jsonPatch(target, operations2) {
  if (!Array.isArray(operations2)) throw badRequest("json patch must be a list of operations");
  let doc = structuredClone(target);
  const read = (path) => {
    let node2 = doc;
    for (const segment of pointer(path)) {
      node2 = Array.isArray(node2) ? node2[Number(segment)] : node2?.[segment];
      if (node2 === void 0) throw unprocessable(`doc is missing path: "${path}"`);
    }
    return node2;
  };
  const write = (path, value, mode) => {
    const segments = pointer(path);
    if (segments.length === 0) {
      doc = value;
      return;
    }
    const { parent, last } = parentOf(doc, segments, path);
    if (Array.isArray(parent)) {
      const index = last === "-" ? parent.length : Number(last);
      if (!Number.isInteger(index) || index < 0 || index > parent.length)
        throw unprocessable(`index out of range: "${path}"`);
      if (mode === "add") parent.splice(index, 0, value);
      else parent[index] = value;
    } else if (isObject(parent)) {
      if (mode === "replace" && !(last in parent))
        throw unprocessable(`replace operation does not apply: doc is missing key: ${path}`);
      parent[last] = value;
    } else throw unprocessable(`doc is missing path: "${path}"`);
  };
  const remove = (path) => {
    const segments = pointer(path);
    const { parent, last } = parentOf(doc, segments, path);
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else if (isObject(parent) && last in parent) delete parent[last];
    else throw unprocessable(`remove operation does not apply: doc is missing path: "${path}"`);
  };
  for (const op of operations2) {
    switch (op?.op) {
      case "add":
        write(op.path, structuredClone(op.value), "add");
        break;
      case "replace":
        write(op.path, structuredClone(op.value), "replace");
        break;
      case "remove":
        remove(op.path);
        break;
      case "test":
        if (JSON.stringify(read(op.path)) !== JSON.stringify(op.value))
          throw unprocessable(`testing value ${op.path} failed`);
        break;
      case "move": {
        const value = read(op.from);
        remove(op.from);
        write(op.path, value, "add");
        break;
      }
      case "copy":
        write(op.path, structuredClone(read(op.from)), "add");
        break;
      default:
        throw badRequest(`Unexpected kind: ${String(op?.op)}`);
    }
  }
  return doc;
}
var MERGE_KEYS = {
  containers: "name",
  initContainers: "name",
  env: "name",
  ports: "containerPort",
  volumes: "name",
  volumeMounts: "mountPath",
  conditions: "type",
  imagePullSecrets: "name",
  tolerations: "key",
  ownerReferences: "uid"
};
var SCALAR_SETS = /* @__PURE__ */ new Set(["finalizers"]);
function mergeList(live, patch, key2, listName) {
  if (SCALAR_SETS.has(listName)) return [.../* @__PURE__ */ new Set([...live, ...patch])];
  if (!key2 || !patch.every(isObject)) return structuredClone(patch);
  const out = structuredClone(live);
  for (const item of patch) {
    if (item["$patch"] === "delete") {
      const at2 = out.findIndex((existing) => existing?.[key2] === item[key2]);
      if (at2 >= 0) out.splice(at2, 1);
      continue;
    }
    const at = out.findIndex((existing) => existing?.[key2] === item[key2]);
    if (at >= 0) out[at] = strategicMerge(out[at], item, listName);
    else out.push(strategicMerge({}, item, listName));
  }
  return out;
}
function strategicMerge(target, patch, parentKey = "", mergeKeys = MERGE_KEYS) {
  if (!isObject(patch)) return structuredClone(patch);
  if (patch["$patch"] === "replace") {
    const { $patch: _directive, ...rest } = patch;
    return structuredClone(rest);
  }
  const out = isObject(target) ? structuredClone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (k.startsWith("$")) continue;
    if (v === null) delete out[k];
    else if (Array.isArray(v)) out[k] = mergeList(Array.isArray(out[k]) ? out[k] : [], v, mergeKeys[k], k);
    else out[k] = strategicMerge(out[k], v, k, mergeKeys);
  }
  void parentKey;
  return out;
}
var RAY_MERGE_KEYS = { conditions: "type" };
function listShapes(group) {
  return { keys: group === "ray.io" ? RAY_MERGE_KEYS : MERGE_KEYS, sets: SCALAR_SETS };
}
function applyPatch(live, applied, group) {
  const keys = group === "ray.io" ? RAY_MERGE_KEYS : MERGE_KEYS;
  return strategicMerge(live ?? {}, applied, "", keys);
}

// src/sim/api/field-ownership.ts
var GRANULAR_MAPS = /* @__PURE__ */ new Set([
  "labels",
  "annotations",
  "rayStartParams",
  "selector",
  "nodeSelector",
  "data",
  "stringData",
  "limits",
  "requests",
  "matchLabels",
  "env_vars"
]);
var UNOWNED_METADATA = /* @__PURE__ */ new Set([
  "name",
  "namespace",
  "uid",
  "resourceVersion",
  "generation",
  "creationTimestamp",
  "deletionTimestamp",
  "deletionGracePeriodSeconds",
  "managedFields",
  "selfLink"
]);
var SEP = "";
var join = (path) => path.join(SEP);
var split = (encoded) => encoded === "" ? [] : encoded.split(SEP);
var isObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function fieldSet(object, shapes, subresource) {
  const out = /* @__PURE__ */ new Set();
  const walk = (value, path, name2) => {
    if (value === null || value === void 0) return;
    if (Array.isArray(value)) {
      const key2 = shapes.keys[name2];
      if (shapes.sets.has(name2)) {
        for (const item of value) out.add(join([...path, `v:${JSON.stringify(item)}`]));
      } else if (key2 && value.every((item) => isObject2(item) && item[key2] !== void 0)) {
        for (const item of value) {
          const itemPath = [...path, `k:${JSON.stringify({ [key2]: item[key2] })}`];
          out.add(join(itemPath));
          walk(item, itemPath, "");
        }
      } else out.add(join(path));
      return;
    }
    if (isObject2(value)) {
      const keys = Object.keys(value);
      if (path.length && (keys.length === 0 || GRANULAR_MAPS.has(name2))) out.add(join(path));
      for (const k of keys) walk(value[k], [...path, `f:${k}`], k);
      return;
    }
    if (path.length) out.add(join(path));
  };
  for (const [k, v] of Object.entries(isObject2(object) ? object : {})) {
    if (k === "apiVersion" || k === "kind") continue;
    if (k === "status" !== (subresource === "status")) continue;
    if (k === "metadata" && isObject2(v)) {
      for (const [mk, mv] of Object.entries(v)) if (!UNOWNED_METADATA.has(mk)) walk(mv, ["f:metadata", `f:${mk}`], mk);
      continue;
    }
    walk(v, [`f:${k}`], k);
  }
  return out;
}
function matches(item, element) {
  const data = element.slice(2);
  if (element.startsWith("k:"))
    return isObject2(item) && Object.entries(JSON.parse(data)).every(([k, v]) => item[k] === v);
  return JSON.stringify(item) === JSON.stringify(JSON.parse(data));
}
function valueAt(object, path) {
  let current = object;
  for (const element of path) {
    if (current === void 0 || current === null) return void 0;
    if (element.startsWith("f:")) current = isObject2(current) ? current[element.slice(2)] : void 0;
    else current = Array.isArray(current) ? current.find((item) => matches(item, element)) : void 0;
  }
  return current;
}
function removeAt(object, path) {
  if (!path.length) return;
  const parent = valueAt(object, path.slice(0, -1));
  const last = path[path.length - 1];
  if (last.startsWith("f:") && isObject2(parent)) delete parent[last.slice(2)];
  else if (Array.isArray(parent)) {
    const at = parent.findIndex((item) => matches(item, last));
    if (at >= 0) parent.splice(at, 1);
  }
  const emptied = isObject2(parent) && Object.keys(parent).length === 0 || Array.isArray(parent) && parent.length === 0;
  if (emptied && path.length > 1) removeAt(object, path.slice(0, -1));
}
function toFieldsV1(set) {
  const root = {};
  for (const encoded of [...set].sort()) {
    let node2 = root;
    for (const element of split(encoded)) node2 = node2[element] ??= {};
  }
  for (const encoded of set) {
    let node2 = root;
    for (const element of split(encoded)) node2 = node2[element];
    if (Object.keys(node2).some((k) => k !== ".")) node2["."] = {};
  }
  return root;
}
function fromFieldsV1(tree) {
  const out = /* @__PURE__ */ new Set();
  const walk = (node2, path) => {
    const children = Object.keys(isObject2(node2) ? node2 : {}).filter((k) => k !== ".");
    if (path.length && (children.length === 0 || "." in node2)) out.add(join(path));
    for (const child of children) walk(node2[child], [...path, child]);
  };
  walk(tree, []);
  return out;
}
function printPath(encoded) {
  return split(encoded).map((element) => {
    const data = element.slice(2);
    if (element.startsWith("f:")) return `.${data}`;
    if (element.startsWith("k:"))
      return `[${Object.entries(JSON.parse(data)).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(",")}]`;
    return `[=${data}]`;
  }).join("");
}
var isLeafIn = (set, encoded) => ![...set].some((other) => other.startsWith(encoded + SEP));
var deepEqual = (a, b) => canonicalJson(a) === canonicalJson(b);
function owners(object) {
  const entries = object?.metadata?.managedFields ?? [];
  return entries.map((entry) => ({ entry: { ...entry }, set: fromFieldsV1(entry.fieldsV1) }));
}
function managerLabel(entry) {
  const name2 = JSON.stringify(entry.manager) + (entry.subresource ? ` with subresource ${JSON.stringify(entry.subresource)}` : "");
  return entry.operation === "Update" ? `${name2} using ${entry.apiVersion} at ${entry.time}` : name2;
}
function conflictError(conflicts) {
  let message;
  if (conflicts.length === 1)
    message = `Apply failed with 1 conflict: conflict with ${managerLabel(conflicts[0].entry)}: ${printPath(conflicts[0].path)}`;
  else {
    const byManager = /* @__PURE__ */ new Map();
    for (const c of conflicts)
      byManager.set(managerLabel(c.entry), [...byManager.get(managerLabel(c.entry)) ?? [], printPath(c.path)]);
    const lines = [...byManager.keys()].sort().flatMap((m) => [`conflicts with ${m}:`, ...byManager.get(m).map((p) => `- ${p}`)]);
    message = `Apply failed with ${conflicts.length} conflicts: ${lines.join("\n")}`;
  }
  return new ApiError({
    code: 409,
    reason: "Conflict",
    message,
    details: {
      causes: conflicts.map((c) => ({
        reason: "FieldManagerConflict",
        message: `conflict with ${managerLabel(c.entry)}`,
        field: printPath(c.path)
      }))
    }
  });
}
function withEntries(object, list3) {
  const kept = list3.filter((o) => o.set.size > 0).map((o) => ({ ...o.entry, fieldsV1: toFieldsV1(o.set) }));
  object.metadata = { ...object.metadata, managedFields: kept };
  if (!kept.length) delete object.metadata.managedFields;
  return object;
}
var withoutManaged = (object) => ({
  ...object,
  metadata: { ...object?.metadata, managedFields: void 0, resourceVersion: void 0 }
});
function serverSideApply(request) {
  const { live, applied, manager, shapes, subresource } = request;
  const sameScope = (o) => (o.entry.subresource ?? "") === (subresource ?? "");
  const all = owners(live);
  const mine = all.find((o) => o.entry.manager === manager && o.entry.operation === "Apply" && sameScope(o));
  const others = all.filter((o) => o !== mine);
  const applying = fieldSet(applied, shapes, subresource);
  const conflicts = [];
  for (const path of applying) {
    if (!isLeafIn(applying, path)) continue;
    const theirs = valueAt(live, split(path));
    if (theirs === void 0 || deepEqual(theirs, valueAt(request.merged, split(path)))) continue;
    for (const other of others)
      if (sameScope(other) && other.set.has(path)) conflicts.push({ entry: other.entry, path });
  }
  if (conflicts.length && !request.force) throw conflictError(conflicts);
  for (const { entry: entry2, path } of conflicts) others.find((o) => o.entry === entry2)?.set.delete(path);
  const result = structuredClone(request.merged);
  const dropped = [...mine?.set ?? []].filter((path) => !applying.has(path)).sort((a, b) => b.length - a.length);
  for (const path of dropped) {
    const ownedElsewhere = others.some((o) => [...o.set].some((p) => p === path || p.startsWith(path + SEP)));
    if (!ownedElsewhere) removeAt(result, split(path));
  }
  const unchanged = live !== void 0 && deepEqual(withoutManaged(result), withoutManaged(live)) && mine !== void 0 && deepEqual([...mine.set].sort(), [...applying].sort()) && conflicts.length === 0;
  if (unchanged) return withEntries(result, all);
  const entry = {
    manager,
    operation: "Apply",
    apiVersion: request.apiVersion,
    time: request.now,
    fieldsType: "FieldsV1",
    fieldsV1: {},
    ...subresource ? { subresource } : {}
  };
  return withEntries(result, [...others, { entry, set: applying }]);
}
function recordUpdate(request) {
  const { live, next, manager, shapes, subresource } = request;
  const sameScope = (o) => (o.entry.subresource ?? "") === (subresource ?? "");
  const before = live === void 0 ? /* @__PURE__ */ new Set() : fieldSet(live, shapes, subresource);
  const after = fieldSet(next, shapes, subresource);
  const changed = new Set(
    [...after].filter(
      (path) => !before.has(path) || isLeafIn(after, path) && !deepEqual(valueAt(live, split(path)), valueAt(next, split(path)))
    )
  );
  const all = owners(live);
  if (!changed.size && [...before].every((p) => after.has(p))) return withEntries(structuredClone(next), all);
  for (const owner2 of all) {
    if (!sameScope(owner2)) continue;
    for (const path of [...owner2.set]) if (!after.has(path) || changed.has(path)) owner2.set.delete(path);
  }
  const mine = all.find((o) => o.entry.manager === manager && o.entry.operation === "Update" && sameScope(o));
  const set = new Set([...mine?.set ?? [], ...changed].filter((p) => after.has(p)));
  const entry = {
    manager,
    operation: "Update",
    apiVersion: request.apiVersion,
    time: request.now,
    fieldsType: "FieldsV1",
    fieldsV1: {},
    ...subresource ? { subresource } : {}
  };
  return withEntries(structuredClone(next), [...all.filter((o) => o !== mine), { entry, set }]);
}

// src/sim/api/pagination.ts
var keyOf = (object) => `${object.metadata.namespace ?? ""}/${object.metadata.name}`;
function decode(token) {
  try {
    const parsed = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
    if (parsed.v === "meta.k8s.io/v1" && typeof parsed.start === "string") return parsed.start;
  } catch {
  }
  throw badRequest("continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)");
}
function paginate(items, params, resourceVersion) {
  const limit = Math.floor(Number(params.get("limit") ?? 0));
  const token = params.get("continue");
  let start = 0;
  if (token) {
    const after = decode(token);
    start = items.findIndex((object) => keyOf(object) > after);
    if (start < 0) start = items.length;
  }
  if (!(limit > 0) || items.length - start <= limit) return { items: items.slice(start) };
  const page = items.slice(start, start + limit);
  const next = Buffer.from(
    JSON.stringify({ v: "meta.k8s.io/v1", rv: Number(resourceVersion), start: keyOf(page[page.length - 1]) })
  ).toString("base64url");
  return { items: page, continue: next, remainingItemCount: items.length - start - page.length };
}

// src/sim/api/selectors.ts
function splitTopLevel(text2) {
  const parts = [];
  let depth = 0;
  let current = "";
  for (const ch of text2) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === "," && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  if (current.trim()) parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}
function parseLabelSelector(text2) {
  if (!text2) return () => true;
  const requirements = splitTopLevel(text2).map((part) => {
    let m = /^([^\s!=]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(part);
    if (m)
      return {
        op: m[2],
        key: m[1],
        values: m[3].split(",").map((v) => v.trim()).filter(Boolean)
      };
    m = /^([^\s!=]+)\s*(==|=|!=)\s*(\S*)$/.exec(part);
    if (m) return { op: m[2] === "!=" ? "neq" : "eq", key: m[1], values: [m[3]] };
    m = /^(!?)([^\s!=()]+)$/.exec(part);
    if (m) return { op: m[1] ? "notexists" : "exists", key: m[2], values: [] };
    throw badRequest(`unable to parse requirement: found '${part}'`);
  });
  return (labels) => requirements.every((r) => {
    const value = labels[r.key];
    switch (r.op) {
      case "eq":
        return value === r.values[0];
      case "neq":
        return value !== r.values[0];
      case "in":
        return value !== void 0 && r.values.includes(value);
      case "notin":
        return value === void 0 || !r.values.includes(value);
      case "exists":
        return value !== void 0;
      case "notexists":
        return value === void 0;
    }
  });
}
function parseFieldSelector(text2) {
  if (!text2) return () => true;
  const requirements = splitTopLevel(text2).map((part) => {
    const m = /^([\w.]+)\s*(==|=|!=)\s*(.*)$/.exec(part);
    if (!m) throw badRequest(`invalid selector: '${part}'; can't understand '${part}'`);
    return { path: m[1].split("."), negate: m[2] === "!=", value: m[3] };
  });
  return (object) => requirements.every((r) => {
    let node2 = object;
    for (const key2 of r.path) node2 = node2?.[key2];
    const actual = node2 === void 0 || node2 === null ? "" : String(node2);
    return r.negate ? actual !== r.value : actual === r.value;
  });
}

// src/sim/api/tables.ts
function age(timestamp2, now) {
  if (!timestamp2) return "<unknown>";
  const s2 = Math.max(0, Math.floor((now - Date.parse(timestamp2)) / 1e3));
  if (s2 < 120) return `${s2}s`;
  if (s2 < 3600) return `${Math.floor(s2 / 60)}m${s2 % 60 && s2 < 600 ? `${s2 % 60}s` : ""}`;
  if (s2 < 86400)
    return `${Math.floor(s2 / 3600)}h${Math.floor(s2 % 3600 / 60) && s2 < 36e3 ? `${Math.floor(s2 % 3600 / 60)}m` : ""}`;
  return `${Math.floor(s2 / 86400)}d`;
}
var name = { name: "Name", type: "string", cell: (o) => o.metadata.name };
var created = { name: "Age", type: "date", cell: (o, now) => age(o.metadata.creationTimestamp, now) };
var text = (value) => value === void 0 || value === null ? "" : String(value);
function podStatus(pod) {
  if (pod.metadata.deletionTimestamp) return "Terminating";
  const waiting = (pod.status?.containerStatuses ?? []).map((c) => c.state?.waiting?.reason).find(Boolean);
  return waiting ?? pod.status?.phase ?? "Pending";
}
var COLUMNS = {
  Pod: [
    name,
    {
      name: "Ready",
      type: "string",
      cell: (p) => `${(p.status?.containerStatuses ?? []).filter((c) => c.ready).length}/${(p.spec?.containers ?? []).length}`
    },
    { name: "Status", type: "string", cell: podStatus },
    { name: "Restarts", type: "integer", cell: () => 0 },
    created,
    { name: "IP", type: "string", priority: 1, cell: (p) => text(p.status?.podIP) || "<none>" },
    { name: "Node", type: "string", priority: 1, cell: (p) => text(p.spec?.nodeName) || "<none>" }
  ],
  Node: [
    name,
    { name: "Status", type: "string", cell: () => "Ready" },
    { name: "Roles", type: "string", cell: () => "<none>" },
    created,
    { name: "Version", type: "string", cell: (n) => text(n.status?.nodeInfo?.kubeletVersion) }
  ],
  Namespace: [name, { name: "Status", type: "string", cell: (n) => text(n.status?.phase) }, created],
  Service: [
    name,
    { name: "Type", type: "string", cell: (s2) => text(s2.spec?.type ?? "ClusterIP") },
    { name: "Cluster-IP", type: "string", cell: (s2) => text(s2.spec?.clusterIP) || "<none>" },
    { name: "External-IP", type: "string", cell: () => "<none>" },
    {
      name: "Port(s)",
      type: "string",
      cell: (s2) => (s2.spec?.ports ?? []).map((p) => `${p.port}/TCP`).join(",")
    },
    created
  ],
  Event: [
    { name: "Last Seen", type: "string", cell: (e, now) => age(e.lastTimestamp, now) },
    { name: "Type", type: "string", cell: (e) => text(e.type) },
    { name: "Reason", type: "string", cell: (e) => text(e.reason) },
    {
      name: "Object",
      type: "string",
      cell: (e) => `${String(e.involvedObject?.kind ?? "").toLowerCase()}/${text(e.involvedObject?.name)}`
    },
    { name: "Message", type: "string", cell: (e) => text(e.message) }
  ],
  RayService: [
    name,
    { name: "service status", type: "string", cell: (s2) => text(s2.status?.serviceStatus) },
    { name: "num serve endpoints", type: "string", cell: (s2) => text(s2.status?.numServeEndpoints) },
    created
  ],
  RayCluster: [
    name,
    { name: "desired workers", type: "integer", cell: (c) => text(c.status?.desiredWorkerReplicas) },
    { name: "available workers", type: "integer", cell: (c) => text(c.status?.availableWorkerReplicas) },
    { name: "cpus", type: "string", cell: (c) => text(c.status?.desiredCPU) },
    { name: "memory", type: "string", cell: (c) => text(c.status?.desiredMemory) },
    { name: "gpus", type: "string", cell: (c) => text(c.status?.desiredGPU) },
    { name: "status", type: "string", cell: (c) => text(c.status?.state) },
    created,
    { name: "head pod IP", type: "string", priority: 1, cell: (c) => text(c.status?.head?.podIP) }
  ]
};
function wantsTable(accept) {
  return accept.includes("as=Table");
}
function table(type, objects, now, resourceVersion) {
  const columns = COLUMNS[type.kind] ?? [name, created];
  return {
    kind: "Table",
    apiVersion: "meta.k8s.io/v1",
    metadata: { resourceVersion },
    columnDefinitions: columns.map((c) => ({
      name: c.name,
      type: c.type,
      format: c.name === "Name" ? "name" : "",
      description: "",
      priority: c.priority ?? 0
    })),
    rows: objects.map((object) => ({
      cells: columns.map((c) => c.cell(object, now)),
      object: { kind: "PartialObjectMetadata", apiVersion: "meta.k8s.io/v1", metadata: object.metadata }
    }))
  };
}

// src/sim/api/protobuf.ts
var OBJECT_META = {
  1: { name: "name", kind: "string" },
  2: { name: "generateName", kind: "string" },
  3: { name: "namespace", kind: "string" },
  11: { name: "labels", kind: "map-string" },
  12: { name: "annotations", kind: "map-string" },
  14: { name: "finalizers", kind: "repeated-string" }
};
var KINDS = {
  "v1/Namespace": {
    1: { name: "metadata", kind: "message", message: OBJECT_META },
    2: { name: "spec", kind: "message", message: { 1: { name: "finalizers", kind: "repeated-string" } } }
  },
  "v1/Secret": {
    1: { name: "metadata", kind: "message", message: OBJECT_META },
    2: { name: "data", kind: "map-bytes" },
    3: { name: "type", kind: "string" },
    4: { name: "stringData", kind: "map-string" },
    5: { name: "immutable", kind: "bool" }
  },
  "v1/ConfigMap": {
    1: { name: "metadata", kind: "message", message: OBJECT_META },
    2: { name: "data", kind: "map-string" },
    3: { name: "binaryData", kind: "map-bytes" },
    4: { name: "immutable", kind: "bool" }
  },
  "v1/ServiceAccount": {
    1: { name: "metadata", kind: "message", message: OBJECT_META },
    4: { name: "automountServiceAccountToken", kind: "bool" }
  }
};
var TYPE_META = { 1: { name: "apiVersion", kind: "string" }, 2: { name: "kind", kind: "string" } };
var UNKNOWN = {
  1: { name: "typeMeta", kind: "message", message: TYPE_META },
  2: { name: "raw", kind: "bytes" }
};
var Reader = class {
  offset = 0;
  buffer;
  constructor(buffer) {
    this.buffer = buffer;
  }
  get done() {
    return this.offset >= this.buffer.length;
  }
  varint() {
    let result = 0;
    let shift = 0;
    for (; ; ) {
      if (this.offset >= this.buffer.length) throw new Error("truncated varint");
      const byte = this.buffer[this.offset++];
      result += (byte & 127) * 2 ** shift;
      if (!(byte & 128)) return result;
      shift += 7;
    }
  }
  bytes() {
    const length = this.varint();
    if (this.offset + length > this.buffer.length) throw new Error("truncated field");
    const out = this.buffer.subarray(this.offset, this.offset + length);
    this.offset += length;
    return out;
  }
  skip(wireType) {
    if (wireType === 0) this.varint();
    else if (wireType === 1) this.offset += 8;
    else if (wireType === 2) this.bytes();
    else if (wireType === 5) this.offset += 4;
    else throw new Error(`unsupported wire type ${wireType}`);
  }
};
function decode2(buffer, message) {
  const reader = new Reader(buffer);
  const out = {};
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
      case "string":
        out[field.name] = reader.bytes().toString("utf8");
        break;
      case "bytes":
        out[field.name] = Buffer.from(reader.bytes());
        break;
      case "int":
        out[field.name] = reader.varint();
        break;
      case "bool":
        out[field.name] = reader.varint() !== 0;
        break;
      case "repeated-string":
        (out[field.name] ??= []).push(reader.bytes().toString("utf8"));
        break;
      case "map-string":
      case "map-bytes": {
        const entry = decode2(reader.bytes(), {
          1: { name: "key", kind: "string" },
          2: { name: "value", kind: field.kind === "map-string" ? "string" : "bytes" }
        });
        (out[field.name] ??= {})[entry["key"] ?? ""] = field.kind === "map-bytes" ? Buffer.from(entry["value"] ?? []).toString("base64") : entry["value"] ?? "";
        break;
      }
      case "message":
        out[field.name] = decode2(reader.bytes(), field.message);
        break;
    }
  }
  return out;
}
var PROTOBUF = "application/vnd.kubernetes.protobuf";
function decodeKubernetesProtobuf(body2) {
  if (body2.length < 4 || body2.subarray(0, 4).toString("latin1") !== "k8s\0")
    return "not a Kubernetes protobuf message (no k8s\\0 prefix)";
  let envelope;
  try {
    envelope = decode2(body2.subarray(4), UNKNOWN);
  } catch (error) {
    return `malformed protobuf: ${error.message}`;
  }
  const apiVersion = String(envelope["typeMeta"]?.apiVersion ?? "");
  const kind = String(envelope["typeMeta"]?.kind ?? "");
  const message = KINDS[`${apiVersion}/${kind}`];
  if (!message)
    return `the sim reads protobuf only for ${Object.keys(KINDS).join(", ")}; send ${apiVersion}/${kind} as JSON`;
  try {
    return { apiVersion, kind, ...decode2(envelope["raw"] ?? Buffer.alloc(0), message) };
  } catch (error) {
    return `malformed protobuf ${kind}: ${error.message}`;
  }
}

// src/sim/http.ts
function sendJson(res, code, body2, headers = {}) {
  const text2 = JSON.stringify(body2);
  res.writeHead(code, {
    "Content-Type": "application/json",
    "Content-Length": String(Buffer.byteLength(text2)),
    ...headers
  });
  res.end(text2);
}
var MAX_REQUEST_BODY_BYTES = 3 * 1024 * 1024;
function readBody(req, limit = MAX_REQUEST_BODY_BYTES) {
  if (Number(req.headers["content-length"]) > limit) {
    req.resume();
    return Promise.resolve(void 0);
  }
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      chunks.length = 0;
      req.off("data", onData);
      req.resume();
      resolve(void 0);
    };
    req.on("data", onData);
    req.once("end", () => resolve(size <= limit ? Buffer.concat(chunks) : void 0));
    req.once("error", reject);
  });
}

// src/sim/boundary.ts
import { STATUS_CODES } from "node:http";

// src/sim/log.ts
var FRAMES = 3;
function describeError(error) {
  if (!(error instanceof Error)) return String(error).replace(/\s+/g, " ").slice(0, 500);
  const frames = (error.stack ?? "").split("\n").map((l) => l.trim()).filter((l) => l.startsWith("at ")).slice(0, FRAMES);
  const head = `${error.name}: ${error.message}`.replace(/\s+/g, " ").slice(0, 500);
  return frames.length ? `${head} (${frames.join(" < ")})` : head;
}

// src/sim/boundary.ts
var LOGGED_URL_CHARS = 200;
function requestUrl(req) {
  try {
    return new URL(req.url ?? "/", "http://127.0.0.1");
  } catch {
    throw badRequest(`the request URL ${JSON.stringify(truncate(req.url ?? ""))} is not valid`);
  }
}
function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw badRequest(
      `the request path segment ${JSON.stringify(truncate(segment))} is not valid percent-encoded UTF-8`
    );
  }
}
var truncate = (text2) => text2.length > LOGGED_URL_CHARS ? `${text2.slice(0, LOGGED_URL_CHARS)}\u2026` : text2;
function answerFor(error) {
  if (error instanceof ApiError) return { status: error.error, internal: false };
  if (error instanceof URIError)
    return { status: badRequest(`the request could not be decoded: ${error.message}`).error, internal: false };
  const message = error instanceof Error ? error.message : String(error);
  return {
    status: {
      code: 500,
      reason: "InternalError",
      message: `Internal error occurred: ${message}`,
      details: { causes: [{ message }] }
    },
    internal: true
  };
}
function where(req) {
  return `${req.method ?? "GET"} ${truncate(req.url ?? "/")}`;
}
function answer(res, error) {
  const body2 = JSON.stringify(status(error));
  res.writeHead(error.code, {
    "Content-Type": "application/json",
    "Content-Length": String(Buffer.byteLength(body2)),
    "Cache-Control": "no-cache, private"
  });
  res.end(body2);
}
var settled = (res) => res.writableEnded || res.destroyed;
function guarded(handler, log, name2 = "the sim") {
  return async (req, res) => {
    req.on("error", () => {
    });
    res.on("error", () => {
    });
    const request = where(req);
    let failure;
    let failed = false;
    try {
      await handler(req, res);
    } catch (error2) {
      failure = error2;
      failed = true;
    }
    if (!failed) {
      if (res.headersSent || settled(res)) return;
      failure = new Error("the handler returned without answering");
    }
    const { status: error, internal } = answerFor(failure);
    if (internal) log(`rayservice-ci sim: internal error in ${name2} answering ${request}: ${describeError(failure)}`);
    if (settled(res)) return;
    if (res.headersSent) {
      res.destroy();
      return;
    }
    try {
      answer(res, error);
    } catch (cannot) {
      log(`rayservice-ci sim: could not answer ${request}: ${describeError(cannot)}`);
      res.destroy();
    }
  };
}
function answerRaw(socket, error) {
  const body2 = JSON.stringify(status(error));
  socket.end(
    `HTTP/1.1 ${error.code} ${STATUS_CODES[error.code] ?? "Error"}\r
Content-Type: application/json\r
Content-Length: ${Buffer.byteLength(body2)}\r
Connection: close\r
\r
${body2}`
  );
}
function guardedUpgrade(upgrade, log) {
  return (req, socket, head) => {
    socket.on("error", () => socket.destroy());
    const written = () => socket.bytesWritten ?? 0;
    const before = written();
    try {
      const url = requestUrl(req);
      if (!upgrade(req, socket, head)) answerRaw(socket, notFound("path", url.pathname).error);
    } catch (error) {
      const { status: answer2, internal } = answerFor(error);
      if (internal) log(`rayservice-ci sim: internal error upgrading ${where(req)}: ${describeError(error)}`);
      if (socket.writable && written() === before) answerRaw(socket, answer2);
      else socket.destroy();
    }
  };
}

// src/sim/api/pod-gpus.ts
function podGpus(pod) {
  let total = 0;
  for (const container2 of pod.spec?.containers ?? []) {
    for (const [key2, value] of Object.entries(container2?.resources?.limits ?? {})) {
      if (/gpu$/.test(key2)) total += Number(value) || 0;
    }
  }
  return total;
}

// src/sim/api/resource-quota.ts
var POD = typeByKind("v1", "Pod");
var QUOTA = typeByKind("v1", "ResourceQuota");
var GPU_REQUESTS = "requests.nvidia.com/gpu";
function gpusInUse(store, namespace) {
  return store.scan(POD, namespace).filter((p) => p.status?.phase !== "Succeeded" && p.status?.phase !== "Failed").reduce((sum, p) => sum + podGpus(p), 0);
}
function quotaRefusal(store, namespace, pod) {
  const wanted = podGpus(pod);
  if (wanted <= 0) return void 0;
  const quotas = store.scan(QUOTA, namespace);
  if (quotas.length === 0) return void 0;
  const used = gpusInUse(store, namespace);
  for (const quota of quotas) {
    const hard = Number(quota.spec?.hard?.[GPU_REQUESTS]);
    if (!Number.isFinite(hard)) continue;
    if (used + wanted > hard)
      return `exceeded quota: ${quota.metadata.name}, requested: ${GPU_REQUESTS}=${wanted}, used: ${GPU_REQUESTS}=${used}, limited: ${GPU_REQUESTS}=${hard}`;
  }
  return void 0;
}
function quotaForbiddenMessage(name2, refusal) {
  return `pods "${name2}" is forbidden: ${refusal}`;
}

// src/sim/api/field-errors.ts
var required = (field, detail) => ({ type: "FieldValueRequired", field, detail });
var invalidValue = (field, value, detail) => ({
  type: "FieldValueInvalid",
  field,
  value,
  detail
});
var typeInvalid = (field, value, detail) => ({
  type: "FieldValueTypeInvalid",
  field,
  value,
  detail
});
var forbidden2 = (field, detail) => ({
  type: "FieldValueForbidden",
  field,
  detail
});
var tooLong = (field, maxBytes) => ({
  type: "FieldValueTooLong",
  field,
  detail: `may not be more than ${maxBytes} bytes`
});
var TYPE_TEXT = {
  FieldValueRequired: "Required value",
  FieldValueInvalid: "Invalid value",
  FieldValueTypeInvalid: "Invalid value",
  FieldValueForbidden: "Forbidden",
  FieldValueTooLong: "Too long"
};
function goQuote(text2) {
  return JSON.stringify(text2).replace(/\\u00([0-7][0-9a-f])/g, "\\x$1");
}
function errorBody(error) {
  let body2 = TYPE_TEXT[error.type];
  if (error.type === "FieldValueInvalid" || error.type === "FieldValueTypeInvalid") {
    const value = error.value;
    body2 += `: ${typeof value === "string" ? goQuote(value) : value === null || value === void 0 ? "null" : typeof value === "object" ? JSON.stringify(value) : String(value)}`;
  }
  return error.detail ? `${body2}: ${error.detail}` : body2;
}
function invalidObject(type, name2, errors) {
  const lines = [...new Set(errors.map((e) => `${e.field}: ${errorBody(e)}`))];
  const qualified = type.group ? `${type.kind}.${type.group}` : type.kind;
  const summary2 = lines.length === 0 ? "" : lines.length === 1 ? `: ${lines[0]}` : `: [${lines.join(", ")}]`;
  return new ApiError({
    code: 422,
    reason: "Invalid",
    message: `${qualified} ${goQuote(name2)} is invalid${summary2}`,
    details: {
      name: name2,
      group: type.group,
      kind: type.kind,
      causes: errors.map((e) => ({ reason: e.type, message: errorBody(e), field: e.field }))
    }
  });
}

// src/sim/api/name-rules.ts
var bytes = (text2) => Buffer.byteLength(text2, "utf8");
var maxLen = (n) => `must be no more than ${n} characters`;
function regexError(message, format, ...examples) {
  if (!examples.length) return `${message} (regex used for validation is '${format}')`;
  return `${message} (e.g. ${examples.map((e) => `'${e}', `).join(" or ")}regex used for validation is '${format}')`;
}
var DNS1123_LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
var DNS1123_SUBDOMAIN = `${DNS1123_LABEL}(\\.${DNS1123_LABEL})*`;
var DNS1035_LABEL = "[a-z]([-a-z0-9]*[a-z0-9])?";
var QUALIFIED_NAME = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
var LABEL_VALUE = `(${QUALIFIED_NAME})?`;
var anchored = (format) => new RegExp(`^${format}$`);
var dns1123LabelRe = anchored(DNS1123_LABEL);
var dns1123SubdomainRe = anchored(DNS1123_SUBDOMAIN);
var dns1035LabelRe = anchored(DNS1035_LABEL);
var qualifiedNameRe = anchored(QUALIFIED_NAME);
var labelValueRe = anchored(LABEL_VALUE);
var SUBDOMAIN_MESSAGE = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
var LABEL_MESSAGE = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
var DNS1035_MESSAGE = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";
var QUALIFIED_MESSAGE = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
var LABEL_VALUE_MESSAGE = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
function isDns1123Subdomain(value) {
  const errors = [];
  if (bytes(value) > 253) errors.push(maxLen(253));
  if (!dns1123SubdomainRe.test(value)) errors.push(regexError(SUBDOMAIN_MESSAGE, DNS1123_SUBDOMAIN, "example.com"));
  return errors;
}
function isDns1123Label(value) {
  const errors = [];
  if (bytes(value) > 63) errors.push(maxLen(63));
  if (!dns1123LabelRe.test(value))
    errors.push(
      dns1123SubdomainRe.test(value) ? "must not contain dots" : regexError(LABEL_MESSAGE, DNS1123_LABEL, "my-name", "123-abc")
    );
  return errors;
}
function isDns1035Label(value) {
  const errors = [];
  if (bytes(value) > 63) errors.push(maxLen(63));
  if (!dns1035LabelRe.test(value)) errors.push(regexError(DNS1035_MESSAGE, DNS1035_LABEL, "my-name", "abc-123"));
  return errors;
}
function isQualifiedName(value) {
  const errors = [];
  const parts = value.split("/");
  if (parts.length > 2) {
    return [
      `a qualified name ${regexError(QUALIFIED_MESSAGE, QUALIFIED_NAME, "MyName", "my.name", "123-abc")} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`
    ];
  }
  const name2 = parts[parts.length - 1];
  if (parts.length === 2) {
    const prefix = parts[0];
    if (!prefix) errors.push("prefix part must be non-empty");
    else errors.push(...isDns1123Subdomain(prefix).map((m) => `prefix part ${m}`));
  }
  if (!name2) errors.push("name part must be non-empty");
  else if (bytes(name2) > 63) errors.push(`name part ${maxLen(63)}`);
  if (!qualifiedNameRe.test(name2))
    errors.push(`name part ${regexError(QUALIFIED_MESSAGE, QUALIFIED_NAME, "MyName", "my.name", "123-abc")}`);
  return errors;
}
function isLabelValue(value) {
  const errors = [];
  if (bytes(value) > 63) errors.push(maxLen(63));
  if (!labelValueRe.test(value))
    errors.push(regexError(LABEL_VALUE_MESSAGE, LABEL_VALUE, "MyValue", "my_value", "12345"));
  return errors;
}
function isPathSegmentName(value) {
  if (value === "." || value === "..") return [`may not be '${value}'`];
  return ["/", "%"].filter((c) => value.includes(c)).map((c) => `may not contain '${c}'`);
}
function maskTrailingDash(name2) {
  return name2.length > 1 && name2.endsWith("-") ? `${name2.slice(0, -2)}a` : name2;
}
var nameIs = (rule) => (name2, prefix) => rule(prefix ? maskTrailingDash(name2) : name2);
var nameIsDnsSubdomain = nameIs(isDns1123Subdomain);
var nameIsDnsLabel = nameIs(isDns1123Label);
var nameIsDns1035Label = nameIs(isDns1035Label);
var rbacName = (name2) => isPathSegmentName(name2);
function crdName(object) {
  const plural = typeof object?.spec?.names?.plural === "string" ? object.spec.names.plural : "";
  const group = typeof object?.spec?.group === "string" ? object.spec.group : "";
  return (name2, prefix) => [
    ...nameIsDnsSubdomain(name2, prefix),
    ...name2 !== `${plural}.${group}` ? ['must be spec.names.plural+"."+spec.group'] : []
  ];
}
function nameRuleFor(type, object) {
  if (type.group === "" && type.kind === "Namespace") return nameIsDnsLabel;
  if (type.group === "" && type.kind === "Service") return nameIsDns1035Label;
  if (type.group === "rbac.authorization.k8s.io") return rbacName;
  if (type.group === "apiextensions.k8s.io" && type.kind === "CustomResourceDefinition") return crdName(object);
  return nameIsDnsSubdomain;
}

// src/sim/api/go-shapes.ts
var string = { kind: "scalar", go: "string" };
var bool = { kind: "scalar", go: "bool" };
var int32 = { kind: "scalar", go: "int32" };
var int64 = { kind: "scalar", go: "int64" };
var quantity = { kind: "quantity" };
var intOrString = { kind: "intOrString" };
var struct = (go, fields) => ({ kind: "struct", go, fields });
var list2 = (go, item) => ({ kind: "list", go, item });
var map = (go, value) => ({ kind: "map", go, value });
var strings = list2("[]string", string);
var stringMap = map("map[string]string", string);
var resourceList2 = map("v1.ResourceList", quantity);
var keySelector = (go) => struct(go, { name: string, key: string, optional: bool });
var container = struct("v1.Container", {
  name: string,
  image: string,
  imagePullPolicy: string,
  command: strings,
  args: strings,
  workingDir: string,
  env: list2(
    "[]v1.EnvVar",
    struct("v1.EnvVar", {
      name: string,
      value: string,
      valueFrom: struct("v1.EnvVarSource", {
        secretKeyRef: keySelector("v1.SecretKeySelector"),
        configMapKeyRef: keySelector("v1.ConfigMapKeySelector")
      })
    })
  ),
  envFrom: list2("[]v1.EnvFromSource", struct("v1.EnvFromSource", { prefix: string })),
  ports: list2(
    "[]v1.ContainerPort",
    struct("v1.ContainerPort", { name: string, containerPort: int32, hostPort: int32, protocol: string })
  ),
  resources: struct("v1.ResourceRequirements", { limits: resourceList2, requests: resourceList2 }),
  volumeMounts: list2("[]v1.VolumeMount", struct("v1.VolumeMount", { name: string, mountPath: string, readOnly: bool }))
});
var POD_SPEC = struct("v1.PodSpec", {
  containers: list2("[]v1.Container", container),
  initContainers: list2("[]v1.Container", container),
  nodeName: string,
  nodeSelector: stringMap,
  serviceAccountName: string,
  restartPolicy: string,
  terminationGracePeriodSeconds: int64,
  activeDeadlineSeconds: int64,
  priority: int32,
  priorityClassName: string,
  schedulerName: string,
  hostname: string,
  subdomain: string,
  tolerations: list2(
    "[]v1.Toleration",
    struct("v1.Toleration", { key: string, operator: string, value: string, effect: string, tolerationSeconds: int64 })
  ),
  volumes: list2("[]v1.Volume", struct("v1.Volume", { name: string }))
});
var OBJECT_META_PART = struct("v1.ObjectMeta", { labels: stringMap, annotations: stringMap });
var POD_TEMPLATE = struct("v1.PodTemplateSpec", { metadata: OBJECT_META_PART, spec: POD_SPEC });
var KIND_SHAPES = {
  Pod: struct("v1.Pod", {
    spec: POD_SPEC,
    status: struct("v1.PodStatus", { phase: string, podIP: string, hostIP: string })
  }),
  Service: struct("v1.Service", {
    spec: struct("v1.ServiceSpec", {
      ports: list2(
        "[]v1.ServicePort",
        struct("v1.ServicePort", {
          name: string,
          protocol: string,
          port: int32,
          targetPort: intOrString,
          nodePort: int32,
          appProtocol: string
        })
      ),
      selector: stringMap,
      type: string,
      clusterIP: string,
      clusterIPs: strings,
      publishNotReadyAddresses: bool,
      sessionAffinity: string
    })
  }),
  Namespace: struct("v1.Namespace", {
    spec: struct("v1.NamespaceSpec", { finalizers: list2("[]v1.FinalizerName", string) }),
    status: struct("v1.NamespaceStatus", { phase: string })
  }),
  Node: struct("v1.Node", {
    spec: struct("v1.NodeSpec", {
      unschedulable: bool,
      taints: list2("[]v1.Taint", struct("v1.Taint", { key: string, value: string, effect: string }))
    }),
    status: struct("v1.NodeStatus", { capacity: resourceList2, allocatable: resourceList2 })
  }),
  ConfigMap: struct("v1.ConfigMap", {
    data: stringMap,
    binaryData: map("map[string][]uint8", string),
    immutable: bool
  }),
  Secret: struct("v1.Secret", {
    data: map("map[string][]uint8", string),
    stringData: stringMap,
    type: string,
    immutable: bool
  }),
  ServiceAccount: struct("v1.ServiceAccount", {
    secrets: list2("[]v1.ObjectReference", struct("v1.ObjectReference", { name: string, namespace: string }))
  }),
  ResourceQuota: struct("v1.ResourceQuota", { spec: struct("v1.ResourceQuotaSpec", { hard: resourceList2 }) })
};
var QUANTITY = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;
var QUANTITY_ERROR = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
function jsonType(value) {
  if (Array.isArray(value)) return "array";
  if (typeof value === "boolean") return "bool";
  return typeof value === "object" ? "object" : typeof value;
}
var isObject3 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var RANGES = {
  int32: [-(2 ** 31), 2 ** 31 - 1],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]
};
function shapeError(value, shape, path, owner2) {
  if (value === null || value === void 0) return void 0;
  const cannot = (json3, go) => `json: cannot unmarshal ${json3} into Go struct field ${owner2}.${path} of type ${go}`;
  switch (shape.kind) {
    case "scalar":
      if (shape.go === "string") return typeof value === "string" ? void 0 : cannot(jsonType(value), "string");
      if (shape.go === "bool") return typeof value === "boolean" ? void 0 : cannot(jsonType(value), "bool");
      if (typeof value !== "number") return cannot(jsonType(value), shape.go);
      if (!Number.isInteger(value) || value < RANGES[shape.go][0] || value > RANGES[shape.go][1])
        return cannot(`number ${value}`, shape.go);
      return void 0;
    case "quantity":
      if (typeof value === "number" || typeof value === "string" && QUANTITY.test(value.trim())) return void 0;
      return QUANTITY_ERROR;
    case "intOrString":
      if (typeof value === "string" || typeof value === "number" && Number.isInteger(value)) return void 0;
      return `json: cannot unmarshal ${typeof value === "number" ? `number ${value}` : jsonType(value)} into Go value of type int32`;
    case "map": {
      if (!isObject3(value)) return cannot(jsonType(value), shape.go);
      for (const item of Object.values(value)) {
        const wrong = shapeError(item, shape.value, path, owner2);
        if (wrong) return wrong;
      }
      return void 0;
    }
    case "list": {
      if (!Array.isArray(value)) return cannot(jsonType(value), shape.go);
      for (const item of value) {
        const wrong = shapeError(item, shape.item, path, owner2);
        if (wrong) return wrong;
      }
      return void 0;
    }
    case "struct": {
      if (!isObject3(value)) return cannot(jsonType(value), shape.go);
      const name2 = shape.go.replace(/^v1\./, "");
      for (const [field, fieldShape] of Object.entries(shape.fields)) {
        const wrong = shapeError(value[field], fieldShape, path ? `${path}.${field}` : field, name2);
        if (wrong) return wrong;
      }
      return void 0;
    }
  }
}

// src/sim/api/custom-resource-validation.ts
var VALIDATORS = { RayService: validateRayService, RayCluster: validateRayCluster };
var QUANTITY_PATTERN = "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$";
var quantityRe = new RegExp(QUANTITY_PATTERN);
var isObject4 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function openapiType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value === "boolean" ? "boolean" : typeof value;
}
function wrongType(path, value, expected) {
  const actual = openapiType(value);
  return typeInvalid(path, actual, `${path} in body must be of type ${expected}: ${JSON.stringify(actual)}`);
}
function fieldPath(pointer2) {
  return pointer2.split("/").filter(Boolean).map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~")).reduce((path, part) => /^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part, "");
}
function shapeErrors(value, shape, path, errors) {
  if (value === null || value === void 0) return;
  switch (shape.kind) {
    case "scalar": {
      const expected = shape.go === "string" ? "string" : shape.go === "bool" ? "boolean" : "integer";
      if (openapiType(value) !== expected) errors.push(wrongType(path, value, expected));
      return;
    }
    case "quantity":
    case "intOrString":
      if (typeof value !== "string" && openapiType(value) !== "integer" && !(shape.kind === "quantity" && typeof value === "number"))
        errors.push(wrongType(path, value, "integer,string"));
      else if (shape.kind === "quantity" && typeof value === "string" && !quantityRe.test(value))
        errors.push(invalidValue(path, value, `${path} in body should match '${QUANTITY_PATTERN}'`));
      return;
    case "list":
      if (!Array.isArray(value)) return void errors.push(wrongType(path, value, "array"));
      value.forEach((item, i) => shapeErrors(item, shape.item, `${path}[${i}]`, errors));
      return;
    case "map":
      if (!isObject4(value)) return void errors.push(wrongType(path, value, "object"));
      for (const [key2, item] of Object.entries(value)) shapeErrors(item, shape.value, `${path}.${key2}`, errors);
      return;
    case "struct":
      if (!isObject4(value)) return void errors.push(wrongType(path, value, "object"));
      for (const [field, fieldShape] of Object.entries(shape.fields))
        shapeErrors(value[field], fieldShape, `${path}.${field}`, errors);
  }
}
function customResourceErrors(type, object) {
  const validate = type.group === "ray.io" ? VALIDATORS[type.kind] : void 0;
  if (!validate) return [];
  const errors = [];
  if (!validate(object)) {
    for (const error of validate.errors ?? [])
      if (error.keyword === "type")
        errors.push(
          wrongType(fieldPath(error.instancePath), error.data, String(error.params.type))
        );
  }
  const cluster = type.kind === "RayService" ? object?.spec?.rayClusterConfig : object?.spec;
  const base = type.kind === "RayService" ? "spec.rayClusterConfig" : "spec";
  if (isObject4(cluster)) {
    if (isObject4(cluster["headGroupSpec"]))
      shapeErrors(cluster["headGroupSpec"]["template"], POD_TEMPLATE, `${base}.headGroupSpec.template`, errors);
    const workers = cluster["workerGroupSpecs"];
    if (Array.isArray(workers))
      workers.forEach(
        (group, i) => isObject4(group) && shapeErrors(group["template"], POD_TEMPLATE, `${base}.workerGroupSpecs[${i}].template`, errors)
      );
  }
  return errors;
}

// src/sim/api/spec-validation.ts
function containerErrors(containers, path, needed) {
  if (!Array.isArray(containers) || containers.length === 0) return needed ? [required(path, "")] : [];
  const errors = [];
  containers.forEach((container2, i) => {
    const at = `${path}[${i}]`;
    if (!container2?.name) errors.push(required(`${at}.name`, ""));
    else
      for (const message of isDns1123Label(container2.name))
        errors.push(invalidValue(`${at}.name`, container2.name, message));
    if (!container2?.image) errors.push(required(`${at}.image`, ""));
  });
  return errors;
}
function specErrors(type, object) {
  if (type.group !== "" || type.kind !== "Pod") return [];
  return [
    ...containerErrors(object?.spec?.containers, "spec.containers", true),
    ...containerErrors(object?.spec?.initContainers, "spec.initContainers", false)
  ];
}

// src/sim/api/object-validation.ts
var MAX_OBJECT_DEPTH = 100;
var MAX_ANNOTATIONS_BYTES = 256 * 1024;
function jsonType2(value) {
  if (Array.isArray(value)) return "array";
  if (typeof value === "boolean") return "bool";
  return typeof value === "object" ? "object" : typeof value;
}
var isObject5 = (value) => typeof value === "object" && value !== null && !Array.isArray(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value));
function jsonProblem(value, limit = MAX_OBJECT_DEPTH) {
  const stack = [[value, 1]];
  while (stack.length) {
    const [next, depth] = stack.pop();
    if (next === null || typeof next === "string" || typeof next === "boolean") continue;
    if (typeof next === "number") {
      if (!Number.isFinite(next)) return "type";
      continue;
    }
    if (typeof next !== "object") return "type";
    if (!Array.isArray(next) && Object.getPrototypeOf(next) !== Object.prototype && Object.getPrototypeOf(next) !== null)
      return "type";
    if (depth > limit) return "depth";
    for (const child of Array.isArray(next) ? next : Object.values(next))
      if (typeof child === "object" || typeof child === "number" || typeof child === "function" || typeof child === "bigint" || typeof child === "symbol")
        stack.push([child, depth + 1]);
  }
  return void 0;
}
function summary(raw) {
  return raw.length > 30 ? `${raw.slice(0, 30)}...` : raw;
}
var KIND_PROBE = 'struct { APIVersion string "json:\\"apiVersion,omitempty\\""; Kind string "json:\\"kind,omitempty\\"" }';
var META_FIELDS = {
  name: "string",
  generateName: "string",
  namespace: "string",
  selfLink: "string",
  uid: "string",
  resourceVersion: "string",
  creationTimestamp: "string",
  deletionTimestamp: "string",
  generation: "int64",
  deletionGracePeriodSeconds: "int64",
  labels: "map[string]string",
  annotations: "map[string]string",
  finalizers: "[]string",
  ownerReferences: "[]v1.OwnerReference",
  managedFields: "[]v1.ManagedFieldsEntry"
};
var OWNER_FIELDS = {
  apiVersion: "string",
  kind: "string",
  name: "string",
  uid: "string",
  controller: "bool",
  blockOwnerDeletion: "bool"
};
function shapeError2(value, shape, path) {
  const wrong = (json3, struct2, go) => ({ json: jsonType2(json3), struct: struct2, go });
  switch (shape) {
    case "string":
      return typeof value === "string" ? void 0 : wrong(value, `ObjectMeta.${path}`, "string");
    case "int64":
      if (Number.isInteger(value)) return void 0;
      return typeof value === "number" ? { json: `number ${value}`, struct: `ObjectMeta.${path}`, go: "int64" } : wrong(value, `ObjectMeta.${path}`, "int64");
    case "map[string]string":
      if (!isObject5(value)) return wrong(value, `ObjectMeta.${path}`, "map[string]string");
      for (const item of Object.values(value))
        if (item !== null && typeof item !== "string") return wrong(item, `ObjectMeta.${path}`, "string");
      return void 0;
    case "[]string":
      if (!Array.isArray(value)) return wrong(value, `ObjectMeta.${path}`, "[]string");
      for (const item of value)
        if (item !== null && typeof item !== "string") return wrong(item, `ObjectMeta.${path}`, "string");
      return void 0;
    case "[]v1.OwnerReference":
      if (!Array.isArray(value)) return wrong(value, `ObjectMeta.${path}`, shape);
      for (const ref of value) {
        if (ref === null) continue;
        if (!isObject5(ref)) return wrong(ref, `ObjectMeta.${path}`, "v1.OwnerReference");
        for (const [field, type] of Object.entries(OWNER_FIELDS)) {
          const item = ref[field];
          if (item !== void 0 && item !== null && typeof item !== (type === "bool" ? "boolean" : "string"))
            return wrong(item, `OwnerReference.${path}.${field}`, type);
        }
      }
      return void 0;
    case "[]v1.ManagedFieldsEntry":
      if (!Array.isArray(value)) return wrong(value, `ObjectMeta.${path}`, shape);
      for (const entry of value)
        if (entry !== null && !isObject5(entry)) return wrong(entry, `ObjectMeta.${path}`, "v1.ManagedFieldsEntry");
      return void 0;
  }
}
function decodeError(type, body2, raw = "", keepNulls = false) {
  const unrecognized = (why) => badRequest(`the object provided is unrecognized (must be of type ${type.kind}): ${why} (${summary(raw)})`);
  if (body2 === null || body2 === void 0) return unrecognized(`Object 'Kind' is missing in '${raw.trim() || "null"}'`);
  if (!isObject5(body2))
    return unrecognized(
      `couldn't get version/kind; json parse error: json: cannot unmarshal ${jsonType2(body2)} into Go value of type ${KIND_PROBE}`
    );
  for (const field of ["apiVersion", "kind"]) {
    const value = body2[field];
    if (value !== void 0 && value !== null && typeof value !== "string")
      return unrecognized(
        `couldn't get version/kind; json parse error: json: cannot unmarshal ${jsonType2(value)} into Go struct field .${field} of type string`
      );
  }
  const cannot = (why) => badRequest(`${type.kind} in version "${type.version}" cannot be handled as a ${type.kind}: ${why}`);
  const problem = jsonProblem(body2);
  if (problem === "depth")
    return cannot(`the object nests deeper than ${MAX_OBJECT_DEPTH} levels, the most the sim accepts`);
  if (problem === "type")
    return cannot("the object holds a value that is no JSON type (a YAML tag such as !!binary or !!set?)");
  const kindShape = type.group === "" ? KIND_SHAPES[type.kind] : void 0;
  const wrongKind = kindShape && shapeError(body2, kindShape, "", type.kind);
  if (wrongKind) return cannot(wrongKind);
  const metadata = body2["metadata"];
  if (metadata === null && !keepNulls) delete body2["metadata"];
  if (metadata === null || metadata === void 0) return void 0;
  if (!isObject5(metadata))
    return cannot(
      `json: cannot unmarshal ${jsonType2(metadata)} into Go struct field ${type.kind}.metadata of type v1.ObjectMeta`
    );
  for (const [field, shape] of Object.entries(META_FIELDS)) {
    const value = metadata[field];
    if (value === void 0) continue;
    if (value === null) {
      if (!keepNulls) delete metadata[field];
      continue;
    }
    const wrong = shapeError2(value, shape, `metadata.${field}`);
    if (wrong)
      return cannot(`json: cannot unmarshal ${wrong.json} into Go struct field ${wrong.struct} of type ${wrong.go}`);
    if (keepNulls) continue;
    if (shape === "map[string]string") for (const key2 of Object.keys(value)) value[key2] ??= "";
    if (shape === "[]string" || shape === "[]v1.OwnerReference" || shape === "[]v1.ManagedFieldsEntry")
      metadata[field] = value.filter((item) => item !== null);
  }
  return void 0;
}
function reconcileNamespace(type, object, requestNamespace) {
  const metadata = object.metadata ??= {};
  if (!type.namespaced) {
    delete metadata.namespace;
    return void 0;
  }
  const own = metadata.namespace ?? "";
  if (own !== "" && own !== (requestNamespace ?? ""))
    return badRequest("the namespace of the provided object does not match the namespace sent on the request");
  metadata.namespace = requestNamespace ?? "";
  return void 0;
}
function labelErrors(labels) {
  const errors = [];
  for (const [key2, value] of Object.entries(labels ?? {})) {
    for (const message of isQualifiedName(key2)) errors.push(invalidValue("metadata.labels", key2, message));
    for (const message of isLabelValue(value)) errors.push(invalidValue("metadata.labels", value, message));
  }
  return errors;
}
function annotationErrors(annotations) {
  const errors = [];
  let size = 0;
  for (const [key2, value] of Object.entries(annotations ?? {})) {
    for (const message of isQualifiedName(key2.toLowerCase()))
      errors.push(invalidValue("metadata.annotations", key2, message));
    size += Buffer.byteLength(key2) + Buffer.byteLength(value);
  }
  if (size > MAX_ANNOTATIONS_BYTES) errors.push(tooLong("metadata.annotations", MAX_ANNOTATIONS_BYTES));
  return errors;
}
function ownerReferenceErrors(references) {
  const errors = [];
  const field = "metadata.ownerReferences";
  let controller = "";
  for (const ref of references ?? []) {
    const apiVersion = String(ref.apiVersion ?? "");
    const parts = apiVersion.split("/");
    const version2 = parts.length > 2 ? "" : parts[parts.length - 1];
    if (!version2) errors.push(invalidValue(`${field}.apiVersion`, apiVersion, "version must not be empty"));
    if (!ref.kind) errors.push(invalidValue(`${field}.kind`, ref.kind ?? "", "kind must not be empty"));
    if (!ref.name) errors.push(invalidValue(`${field}.name`, ref.name ?? "", "name must not be empty"));
    if (!ref.uid) errors.push(invalidValue(`${field}.uid`, ref.uid ?? "", "uid must not be empty"));
    if (apiVersion === "v1" && ref.kind === "Event")
      errors.push(invalidValue(field, ref, "/v1, Kind=Event is disallowed from being an owner"));
    if (ref.controller === true) {
      const name2 = `${ref.kind}/${ref.name}`;
      if (controller)
        errors.push(
          invalidValue(
            field,
            references,
            `Only one reference can have Controller set to true. Found "true" in references for ${controller} and ${name2}`
          )
        );
      else controller = name2;
    }
  }
  return errors;
}
function finalizerErrors(finalizers) {
  const errors = [];
  for (const finalizer of finalizers ?? [])
    for (const message of isQualifiedName(finalizer))
      errors.push(invalidValue("metadata.finalizers", finalizer, message));
  if (finalizers?.includes("orphan") && finalizers.includes("foregroundDeletion"))
    errors.push(
      invalidValue("metadata.finalizers", finalizers, "finalizer orphan and foregroundDeletion cannot be both set")
    );
  return errors;
}
function eventNameError(name2) {
  if (!name2) return badRequest("Name parameter required.");
  const problems = isPathSegmentName(name2);
  return problems.length ? badRequest(`Name parameter invalid: ${JSON.stringify(name2)}: ${problems.join(";")}`) : void 0;
}
function createError(type, object) {
  const metadata = object.metadata ?? {};
  const name2 = metadata.name ?? "";
  if (type.group === "" && type.kind === "Event") return eventNameError(name2);
  const rule = nameRuleFor(type, object);
  const errors = [];
  if (metadata.generateName)
    for (const message of rule(metadata.generateName, true))
      errors.push(invalidValue("metadata.generateName", metadata.generateName, message));
  if (!name2) errors.push(required("metadata.name", "name or generateName is required"));
  else for (const message of rule(name2, false)) errors.push(invalidValue("metadata.name", name2, message));
  if (type.namespaced) {
    if (!metadata.namespace) errors.push(required("metadata.namespace", ""));
    else
      for (const message of isDns1123Label(metadata.namespace))
        errors.push(invalidValue("metadata.namespace", metadata.namespace, message));
  }
  if ((metadata.generation ?? 0) < 0)
    errors.push(invalidValue("metadata.generation", metadata.generation, "must be greater than or equal to 0"));
  errors.push(
    ...labelErrors(metadata.labels),
    ...annotationErrors(metadata.annotations),
    ...ownerReferenceErrors(metadata.ownerReferences),
    ...finalizerErrors(metadata.finalizers)
  );
  errors.push(...specErrors(type, object), ...customResourceErrors(type, object));
  return errors.length ? invalidObject(type, name2, errors) : void 0;
}
function updateError(type, object, live) {
  if (type.group === "" && type.kind === "Event") return void 0;
  const metadata = object.metadata ?? {};
  const errors = [
    ...labelErrors(metadata.labels),
    ...annotationErrors(metadata.annotations),
    ...ownerReferenceErrors(metadata.ownerReferences)
  ];
  if (!live?.metadata?.deletionTimestamp && metadata.deletionTimestamp)
    errors.push(invalidValue("metadata.deletionTimestamp", metadata.deletionTimestamp, "field is immutable"));
  if (live?.metadata?.deletionTimestamp) {
    const added = (metadata.finalizers ?? []).filter((f) => !(live.metadata.finalizers ?? []).includes(f));
    if (added.length)
      errors.push(
        forbidden2(
          "metadata.finalizers",
          `no new finalizers can be added if the object is being deleted, found new finalizers []string{${added.map((f) => JSON.stringify(f)).join(", ")}}`
        )
      );
  }
  errors.push(...specErrors(type, object), ...customResourceErrors(type, object));
  return errors.length ? invalidObject(type, String(metadata.name ?? live?.metadata?.name ?? ""), errors) : void 0;
}

// src/sim/api/watch-stream.ts
var WATCH_LIMITS = { maxQueuedEvents: 1e3, maxQueuedBytes: 1024 * 1024 };
var WatchStream = class {
  res;
  limits;
  onDrop;
  queue = [];
  queuedBytes = 0;
  /** The initial events, made one at a time as the client reads: the state it asked for, not held against it. */
  initial;
  blocked = false;
  done = false;
  /** `onDrop` runs once when the client fell too far behind; the response is then destroyed. */
  constructor(res, limits, onDrop) {
    this.res = res;
    this.limits = limits;
    this.onDrop = onDrop;
    res.on("drain", () => {
      this.blocked = false;
      this.pump();
    });
  }
  /** Starts the stream with the events the client gets before any live one. */
  begin(initial) {
    this.initial = initial[Symbol.iterator]();
    this.pump();
  }
  /** A live event: written now, or queued behind what the client has not read yet (which may drop the client). */
  send(line) {
    if (this.done) return;
    if (!this.blocked && !this.initial && this.queue.length === 0) {
      this.write(line);
      return;
    }
    this.queue.push(line);
    this.queuedBytes += Buffer.byteLength(line);
    if (this.queue.length > this.limits.maxQueuedEvents || this.queuedBytes > this.limits.maxQueuedBytes) this.drop();
  }
  /** A best-effort line (a bookmark): sent only when the client is keeping up, since a later one supersedes it. */
  sendIfIdle(line) {
    if (!this.done && !this.blocked && !this.initial && this.queue.length === 0) this.write(line);
  }
  /** The watch's normal end (timeoutSeconds, the server closing it): the client gets what was queued, then the end. */
  end() {
    if (this.done) return;
    this.done = true;
    this.initial = void 0;
    for (const line of this.queue.splice(0)) if (this.writable()) this.res.write(line);
    this.queuedBytes = 0;
    if (this.writable()) this.res.end();
  }
  /** The client went away: nothing more is written, and what was queued is let go. */
  close() {
    this.done = true;
    this.initial = void 0;
    this.queue = [];
    this.queuedBytes = 0;
  }
  writable() {
    return !this.res.writableEnded && !this.res.destroyed;
  }
  write(line) {
    if (!this.writable()) return void this.close();
    if (!this.res.write(line)) this.blocked = true;
  }
  /** Writes initial then queued events until the socket pushes back; 'drain' resumes it. */
  pump() {
    while (!this.done && !this.blocked) {
      let line;
      if (this.initial) {
        const next = this.initial.next();
        if (next.done) {
          this.initial = void 0;
          continue;
        }
        line = next.value;
      } else {
        line = this.queue.shift();
        if (line === void 0) return;
        this.queuedBytes -= Buffer.byteLength(line);
      }
      this.write(line);
    }
  }
  drop() {
    const events = this.queue.length;
    const bytes2 = this.queuedBytes;
    this.close();
    this.onDrop(events, bytes2);
    this.res.destroy();
  }
};

// src/sim/api/store.ts
var LOG_LIMIT = 5e3;
function key(type, namespace, name2) {
  return `${type.group}/${type.plural}/${type.namespaced ? namespace ?? "" : ""}/${name2}`;
}
function timestamp(ms) {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
function prefixOf(type, namespace) {
  return `${type.group}/${type.plural}/${type.namespaced && namespace !== void 0 ? `${namespace}/` : ""}`;
}
function deepFreeze(value) {
  const stack = [value];
  while (stack.length) {
    const next = stack.pop();
    if (typeof next !== "object" || next === null || Object.isFrozen(next)) continue;
    Object.freeze(next);
    for (const child of Object.values(next)) if (typeof child === "object" && child !== null) stack.push(child);
  }
}
var MAX_GENERATE_NAME_BASE = 58;
function specOf(object) {
  const { metadata: _m, status: _s, ...rest } = object;
  return JSON.stringify(rest);
}
var ObjectStore = class {
  /** Stored objects are never changed in place (writes store a new object), so they can be read without a copy. */
  objects = /* @__PURE__ */ new Map();
  /** Per type, its keys in byte order (etcd's): built on the first read, then kept in step with creates and removals. */
  sortedKeys = /* @__PURE__ */ new Map();
  log = [];
  listeners = /* @__PURE__ */ new Set();
  rv = 1;
  clock;
  random;
  onListenerError;
  cloned = 0;
  /** `onListenerError`: a subscriber that throws is reported here; the write and the other subscribers go on. */
  constructor(clock, random, onListenerError = () => {
  }) {
    this.clock = clock;
    this.random = random;
    this.onListenerError = onListenerError;
  }
  /** How many objects the store has deep-copied so far: what a read costs is observable. */
  get clonedObjects() {
    return this.cloned;
  }
  clone(value) {
    this.cloned++;
    return structuredClone(value);
  }
  keysOf(type) {
    const typeKey = `${type.group}/${type.plural}`;
    let keys = this.sortedKeys.get(typeKey);
    if (!keys) {
      const prefix = `${typeKey}/`;
      keys = [...this.objects.keys()].filter((k) => k.startsWith(prefix)).sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      this.sortedKeys.set(typeKey, keys);
    }
    return keys;
  }
  /** Stores an object, frozen: from here on it is only ever replaced, never changed. */
  put(key2, object) {
    deepFreeze(object);
    this.objects.set(key2, object);
  }
  /** Keeps the type's sorted keys in step with a key added or removed (binary search, not a re-sort). */
  keysChanged(type, changed, added) {
    const keys = this.sortedKeys.get(`${type.group}/${type.plural}`);
    if (!keys) return;
    let low = 0;
    let high = keys.length;
    while (low < high) {
      const mid = low + high >>> 1;
      if (keys[mid] < changed) low = mid + 1;
      else high = mid;
    }
    if (added && keys[low] !== changed) keys.splice(low, 0, changed);
    if (!added && keys[low] === changed) keys.splice(low, 1);
  }
  get resourceVersion() {
    return String(this.rv);
  }
  uid() {
    const hex2 = () => this.random.int(0, 65535).toString(16).padStart(4, "0");
    return `${hex2()}${hex2()}-${hex2()}-4${hex2().slice(1)}-${hex2()}-${hex2()}${hex2()}${hex2()}`;
  }
  emit(type, resource, object) {
    const event = {
      type,
      resource,
      object: this.clone(object),
      rv: Number(object.metadata.resourceVersion)
    };
    this.log.push(event);
    if (this.log.length > LOG_LIMIT) this.log.splice(0, this.log.length - LOG_LIMIT);
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }
  /** How many subscribers (controllers, open watches) the store has. */
  get subscriberCount() {
    return this.listeners.size;
  }
  /** Every change, for controllers (informer-style) and watches. */
  subscribe(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  /** Events after `rv`, or a 410 when the log no longer reaches back that far. */
  since(rv) {
    const oldest = this.log[0]?.rv;
    if (oldest !== void 0 && rv < oldest - 1 && rv < this.rv - 1)
      throw gone(`too old resource version: ${rv} (${oldest - 1})`);
    return this.log.filter((event) => event.rv > rv);
  }
  get(type, namespace, name2) {
    const object = this.objects.get(key(type, namespace, name2));
    return object ? this.clone(object) : void 0;
  }
  /** Whether the object exists, without a copy. */
  has(type, namespace, name2) {
    return this.objects.has(key(type, namespace, name2));
  }
  mustGet(type, namespace, name2) {
    const object = this.get(type, namespace, name2);
    if (!object) throw notFound(type.plural, name2, type.group);
    return object;
  }
  /** Copies of the objects of a type (in a namespace), for callers that change what they read (controllers). */
  list(type, namespace) {
    return this.scan(type, namespace).map((object) => this.clone(object)).sort(
      (a, b) => String(a.metadata.namespace ?? "").localeCompare(String(b.metadata.namespace ?? "")) || String(a.metadata.name).localeCompare(String(b.metadata.name))
    );
  }
  /**
   * The stored objects of a type (in a namespace) themselves, in key order (etcd's: namespace/name by bytes), with
   * no copy: for reads that filter, page and serialise. Callers must not change them, and copy what they keep.
   */
  scan(type, namespace) {
    const prefix = prefixOf(type, namespace);
    const objects = [];
    for (const k of this.keysOf(type)) if (k.startsWith(prefix)) objects.push(this.objects.get(k));
    return objects;
  }
  /** A copy of one object `scan` returned, counted as every copy is. */
  copy(object) {
    return this.clone(object);
  }
  /** A name for `generateName` that no object of the type has in the namespace (apiserver's SimpleNameGenerator). */
  generateName(type, namespace, base) {
    const prefix = base.slice(0, MAX_GENERATE_NAME_BASE);
    let name2 = `${prefix}${this.random.suffix(5)}`;
    for (let i = 0; i < 10 && this.objects.has(key(type, namespace, name2)); i++)
      name2 = `${prefix}${this.random.suffix(5)}`;
    return name2;
  }
  create(type, namespace, input) {
    const object = this.clone(input);
    object.apiVersion = apiVersionOf(type);
    object.kind = type.kind;
    const metadata = object.metadata ??= {};
    if (!metadata.name && metadata.generateName)
      metadata.name = this.generateName(type, namespace, metadata.generateName);
    if (type.namespaced) metadata.namespace = namespace;
    else delete metadata.namespace;
    if (this.objects.has(key(type, namespace, metadata.name)))
      throw alreadyExists(type.plural, metadata.name, type.group);
    metadata.uid = this.uid();
    metadata.creationTimestamp = timestamp(this.clock.now());
    metadata.resourceVersion = String(++this.rv);
    if (type.generation) metadata.generation = 1;
    delete metadata.deletionTimestamp;
    this.put(key(type, namespace, metadata.name), object);
    this.keysChanged(type, key(type, namespace, metadata.name), true);
    this.emit("ADDED", type, object);
    return this.clone(object);
  }
  /**
   * Replaces an object. `expectedRv` (when given) must match, else 409. With `subresource: 'status'` only the
   * status changes; without it, types with a status subresource keep their status.
   */
  update(type, input, options = {}) {
    const namespace = type.namespaced ? input.metadata?.namespace : void 0;
    const current = this.objects.get(key(type, namespace, input.metadata.name));
    if (!current) throw notFound(type.plural, input.metadata.name, type.group);
    if (options.expectedRv && options.expectedRv !== current.metadata.resourceVersion)
      throw conflict(type.plural, input.metadata.name, type.group);
    let next;
    if (options.subresource === "status") {
      next = this.clone(current);
      next.status = this.clone(input.status);
      if (input.metadata?.managedFields) next.metadata.managedFields = this.clone(input.metadata.managedFields);
    } else {
      next = this.clone(input);
      next.apiVersion = current.apiVersion;
      next.kind = current.kind;
      next.metadata = {
        ...this.clone(input.metadata),
        uid: current.metadata.uid,
        creationTimestamp: current.metadata.creationTimestamp,
        name: current.metadata.name
      };
      if (type.namespaced) next.metadata.namespace = current.metadata.namespace;
      if (current.metadata.deletionTimestamp) next.metadata.deletionTimestamp = current.metadata.deletionTimestamp;
      if (type.statusSubresource) next.status = this.clone(current.status);
      if (type.generation)
        next.metadata.generation = (current.metadata.generation ?? 1) + (specOf(next) !== specOf(current) ? 1 : 0);
    }
    if (JSON.stringify(next) === JSON.stringify(current)) return this.clone(current);
    next.metadata.resourceVersion = String(++this.rv);
    if (next.metadata.deletionTimestamp && !this.isHeld(type, next)) {
      this.remove(type, next);
      return this.clone(next);
    }
    this.put(key(type, namespace, next.metadata.name), next);
    this.emit("MODIFIED", type, next);
    return this.clone(next);
  }
  /** Read-modify-write for controllers: retries on conflict never happen here because the store is single-threaded. */
  mutate(type, namespace, name2, change, subresource) {
    const object = this.get(type, namespace, name2);
    if (!object) return void 0;
    change(object);
    return this.update(type, object, subresource ? { subresource } : {});
  }
  /** Whether a deleted object must stay: finalizers, a namespace's spec.finalizers, or a pod still terminating. */
  isHeld(type, object) {
    if (object.metadata.finalizers?.length) return true;
    if (type.kind === "Namespace" && object.spec?.finalizers?.length) return true;
    return this.isGraceful(type, object);
  }
  isGraceful(type, object) {
    return type.kind === "Pod" && Boolean(object.spec?.nodeName) && object.metadata.annotations?.["sim.rayservice-ci.io/terminated"] !== "true";
  }
  /** Deletes, honouring finalizers and pod grace; returns the object as it now is (or as it was, if gone). */
  delete(type, namespace, name2, options = {}) {
    const current = this.objects.get(key(type, namespace, name2));
    if (!current) throw notFound(type.plural, name2, type.group);
    const graceful = this.isGraceful(type, current) && options.gracePeriodSeconds !== 0;
    if (current.metadata.finalizers?.length || graceful) {
      if (current.metadata.deletionTimestamp) return this.clone(current);
      const next = this.clone(current);
      next.metadata.deletionTimestamp = timestamp(this.clock.now());
      if (graceful)
        next.metadata.deletionGracePeriodSeconds = options.gracePeriodSeconds ?? next.spec?.terminationGracePeriodSeconds ?? 30;
      next.metadata.resourceVersion = String(++this.rv);
      this.put(key(type, namespace, name2), next);
      this.emit("MODIFIED", type, next);
      return this.clone(next);
    }
    return this.remove(type, current);
  }
  /** The kubelet's last word on a terminating pod: gone. */
  forget(type, namespace, name2) {
    const current = this.objects.get(key(type, namespace, name2));
    if (current) this.remove(type, current);
  }
  remove(type, object) {
    this.objects.delete(key(type, object.metadata.namespace, object.metadata.name));
    this.keysChanged(type, key(type, object.metadata.namespace, object.metadata.name), false);
    const gone2 = this.clone(object);
    gone2.metadata.resourceVersion = String(++this.rv);
    this.emit("DELETED", type, gone2);
    this.collectDependents(object.metadata.uid);
    return gone2;
  }
  /** Background cascading deletion by ownerReferences, as the garbage collector does. */
  collectDependents(ownerUid) {
    for (const type of RESOURCE_TYPES) {
      for (const dependent of this.scan(type)) {
        if (dependent.metadata.ownerReferences?.some((ref) => ref.uid === ownerUid)) {
          try {
            this.delete(type, dependent.metadata.namespace, dependent.metadata.name);
          } catch {
          }
        }
      }
    }
  }
};

// src/sim/api/handler.ts
function send(res, code, body2, contentType = "application/json") {
  sendJson(res, code, body2, { "Content-Type": contentType, "Cache-Control": "no-cache, private" });
}
async function requestBody(req) {
  const body2 = await readBody(req);
  if (!body2)
    throw new ApiError({
      code: 413,
      reason: "RequestEntityTooLarge",
      message: `Request entity too large: limit is ${MAX_REQUEST_BODY_BYTES}`
    });
  return body2;
}
function parseBody(body2, contentType) {
  if (contentType.startsWith(PROTOBUF)) {
    const decoded = decodeKubernetesProtobuf(body2);
    if (typeof decoded === "string")
      throw new ApiError({ code: 415, reason: "UnsupportedMediaType", message: decoded });
    return { value: decoded, raw: "" };
  }
  const text2 = body2.toString("utf8");
  try {
    return {
      value: contentType.includes("yaml") ? (0, import_yaml.parse)(text2, { logLevel: "error" }) : JSON.parse(text2),
      raw: text2
    };
  } catch (error) {
    throw badRequest(`the body of the request was in an unknown format: ${error.message.split("\n")[0]}`);
  }
}
function route(path) {
  const raw = path.split("/").filter(Boolean);
  const at = (i) => raw[i] === void 0 ? void 0 : decodeSegment(raw[i]);
  let group = "";
  let version2;
  let next;
  if (at(0) === "api" && at(1)) {
    version2 = at(1);
    next = 2;
  } else if (at(0) === "apis" && at(1) && at(2)) {
    group = at(1);
    version2 = at(2);
    next = 3;
  } else return void 0;
  if (raw.length === next) return "discovery";
  let namespace;
  if (at(next) === "namespaces" && raw.length >= next + 3 && typeByPath(group, version2, at(next + 2))) {
    namespace = at(next + 1);
    next += 2;
  }
  const type = typeByPath(group, version2, at(next));
  if (!type) return void 0;
  return { type, namespace, name: at(next + 1), subresource: at(next + 2), rest: raw.slice(next + 3).join("/") };
}
var NAMESPACE = RESOURCE_TYPES.find((t) => t.kind === "Namespace");
var POD2 = RESOURCE_TYPES.find((t) => t.kind === "Pod" && t.group === "");
function createApiHandler(deps) {
  const { store, clock } = deps;
  const eventLines = /* @__PURE__ */ new WeakMap();
  function checkNamespace(type, namespace, creating, name2 = "") {
    if (!type.namespaced || namespace === void 0) return;
    const ns = store.get(NAMESPACE, void 0, namespace);
    if (!ns) throw notFound("namespaces", namespace);
    if (creating && ns.metadata.deletionTimestamp) {
      throw forbidden(
        `${type.plural} "${name2}" is forbidden: unable to create new content in namespace ${namespace} because it is being terminated`
      );
    }
  }
  function strict(type, object, url) {
    const mode = url.searchParams.get("fieldValidation");
    if (mode !== "Strict" || !deps.unknownFields) return;
    const unknown = deps.unknownFields(type, object);
    if (unknown.length)
      throw badRequest(
        `${type.kind} in version "${type.version}" cannot be handled as a ${type.kind}: strict decoding error: ${unknown.map((f) => `unknown field "${f}"`).join(", ")}`
      );
  }
  function listBody(type, items) {
    return {
      kind: `${type.kind}List`,
      apiVersion: type.group ? `${type.group}/${type.version}` : type.version,
      metadata: { resourceVersion: store.resourceVersion },
      items
    };
  }
  function matching(type, namespace, url) {
    const labels = parseLabelSelector(url.searchParams.get("labelSelector"));
    const fields = parseFieldSelector(url.searchParams.get("fieldSelector"));
    return (object) => (!type.namespaced || namespace === void 0 || object.metadata.namespace === namespace) && labels(object.metadata.labels ?? {}) && fields(object);
  }
  function watch(type, namespace, url, req, res) {
    const match = matching(type, namespace, url);
    const rvParam = url.searchParams.get("resourceVersion");
    const replay = rvParam && rvParam !== "0" ? store.since(Number(rvParam)) : [];
    res.writeHead(200, {
      "Content-Type": "application/json",
      "Transfer-Encoding": "chunked",
      "Cache-Control": "no-cache, private"
    });
    res.flushHeaders();
    const line = (type_, object) => `${JSON.stringify({ type: type_, object })}
`;
    const eventLine = (event) => {
      let text2 = eventLines.get(event);
      if (text2 === void 0) eventLines.set(event, text2 = line(event.type, event.object));
      return text2;
    };
    const stream = new WatchStream(res, deps.watchLimits ?? WATCH_LIMITS, (events, bytes2) => {
      stop();
      deps.log?.(
        `rayservice-ci sim: closed a watch of ${type.plural}${namespace ? ` in ${namespace}` : ""} for falling behind: ${events} events (${bytes2} bytes) unread`
      );
    });
    function* initial() {
      if (!rvParam || rvParam === "0") {
        for (const object of store.scan(type, namespace)) if (match(object)) yield line("ADDED", object);
      }
      for (const event of replay) if (event.resource === type && match(event.object)) yield eventLine(event);
    }
    const unsubscribe = store.subscribe((event) => {
      if (event.resource === type && match(event.object)) stream.send(eventLine(event));
    });
    const bookmarks = url.searchParams.get("allowWatchBookmarks") === "true" ? clock.every(
      1e3,
      () => stream.sendIfIdle(
        line("BOOKMARK", {
          kind: type.kind,
          apiVersion: type.group ? `${type.group}/${type.version}` : type.version,
          metadata: { resourceVersion: store.resourceVersion }
        })
      )
    ) : void 0;
    const timeoutSeconds = Number(url.searchParams.get("timeoutSeconds") ?? 0);
    const closeMs = Math.min(timeoutSeconds > 0 ? timeoutSeconds * 1e3 : 30 * 6e4, deps.watchCloseMs ?? Infinity);
    const close = clock.at(clock.now() + closeMs, () => {
      stop();
      stream.end();
    });
    function stop() {
      unsubscribe();
      bookmarks?.();
      close();
    }
    const gone2 = () => {
      stop();
      stream.close();
    };
    req.on("close", gone2);
    res.on("close", gone2);
    stream.begin(initial());
  }
  function decoded(type, body2, keepNulls = false) {
    const error = decodeError(type, body2.value, body2.raw, keepNulls);
    if (error) throw error;
    return body2.value;
  }
  function admitCreate(type, namespace, object) {
    const mismatch = reconcileNamespace(type, object, namespace);
    if (mismatch) throw mismatch;
    checkNamespace(type, namespace, true, String(object.metadata?.name ?? object.metadata?.generateName ?? ""));
    if (!object.metadata.name && object.metadata.generateName)
      object.metadata.name = store.generateName(type, namespace, object.metadata.generateName);
    const invalid = createError(type, object);
    if (invalid) throw invalid;
    if (type === POD2 && namespace !== void 0) {
      const refusal = quotaRefusal(store, namespace, object);
      if (refusal) throw forbidden(quotaForbiddenMessage(String(object.metadata.name), refusal));
    }
  }
  function admitUpdate(type, namespace, object, live) {
    const mismatch = reconcileNamespace(type, object, namespace);
    if (mismatch) throw mismatch;
    const invalid = updateError(type, object, live);
    if (invalid) throw invalid;
    if (live.metadata.deletionTimestamp) object.metadata.deletionTimestamp = live.metadata.deletionTimestamp;
  }
  function list3(type, namespace, url, req, res) {
    const match = matching(type, namespace, url);
    const page = paginate(store.scan(type, namespace).filter(match), url.searchParams, store.resourceVersion);
    const items = page.items.map((object) => store.copy(object));
    const more = page.continue ? { continue: page.continue, remainingItemCount: page.remainingItemCount } : {};
    if (wantsTable(String(req.headers.accept ?? ""))) {
      const body3 = table(type, items, clock.now(), store.resourceVersion);
      return send(res, 200, { ...body3, metadata: { ...body3.metadata, ...more } });
    }
    const body2 = listBody(type, items);
    return send(res, 200, { ...body2, metadata: { ...body2.metadata, ...more } });
  }
  async function handleResource(r, req, res, url) {
    const { type, namespace, name: name2, subresource } = r;
    const method = req.method ?? "GET";
    const updated = (live, next, sub) => recordUpdate({
      live,
      next,
      manager: url.searchParams.get("fieldManager") || String(req.headers["user-agent"] ?? "").split("/")[0].slice(0, 128) || "unknown",
      shapes: listShapes(type.group),
      apiVersion: String(next?.apiVersion ?? live?.apiVersion ?? ""),
      now: timestamp(clock.now()),
      subresource: sub
    });
    if (subresource && subresource !== "status") {
      const handled = deps.subresources?.(r, req, res);
      if (handled) return handled;
      throw notFound(`${type.plural}/${subresource}`, name2 ?? "");
    }
    if (type.namespaced && namespace === void 0 && (name2 !== void 0 || method !== "GET")) {
      if (name2 !== void 0) throw notFound("path", url.pathname);
      throw methodNotAllowed(
        `${method} is not supported on ${type.plural} across namespaces; use /namespaces/NAMESPACE/${type.plural}`
      );
    }
    if (!name2) {
      if (method === "GET") {
        if (url.searchParams.get("watch") === "true" || url.searchParams.get("watch") === "1")
          return watch(type, namespace, url, req, res);
        return list3(type, namespace, url, req, res);
      }
      if (method === "POST") {
        const body2 = parseBody(await requestBody(req), req.headers["content-type"] ?? "");
        const object = decoded(type, body2);
        if (type.kind === "SelfSubjectAccessReview") {
          return send(res, 201, {
            ...object,
            apiVersion: "authorization.k8s.io/v1",
            kind: "SelfSubjectAccessReview",
            metadata: { creationTimestamp: null },
            status: { allowed: true, reason: "rayservice-ci sim: every request is allowed" }
          });
        }
        strict(type, object, url);
        admitCreate(type, namespace, object);
        if (url.searchParams.get("dryRun") === "All") return send(res, 201, object);
        return send(res, 201, store.create(type, namespace, withDefaults(type, updated(void 0, object))));
      }
      if (method === "DELETE") {
        const victims = store.scan(type, namespace).filter(matching(type, namespace, url)).map((v) => [v.metadata.namespace, v.metadata.name]);
        return send(
          res,
          200,
          listBody(
            type,
            victims.map(([ns, victim]) => deleteOne(type, ns, victim))
          )
        );
      }
      throw methodNotAllowed(`${method} is not supported on a collection`);
    }
    switch (method) {
      case "GET": {
        const object = store.mustGet(type, namespace, name2);
        if (wantsTable(String(req.headers.accept ?? "")))
          return send(res, 200, table(type, [object], clock.now(), store.resourceVersion));
        return send(res, 200, object);
      }
      case "PUT": {
        const body2 = decoded(type, parseBody(await requestBody(req), req.headers["content-type"] ?? ""));
        if (body2.metadata?.name !== name2)
          throw badRequest(
            `the name of the object (${String(body2.metadata?.name ?? "")}) does not match the name on the URL (${name2})`
          );
        strict(type, body2, url);
        const live = store.mustGet(type, namespace, name2);
        admitUpdate(type, namespace, body2, live);
        return send(
          res,
          200,
          store.update(type, withDefaults(type, updated(live, body2, subresource)), {
            expectedRv: body2.metadata.resourceVersion,
            ...subresource === "status" ? { subresource: "status" } : {}
          })
        );
      }
      case "PATCH": {
        const contentType = String(req.headers["content-type"] ?? "").split(";")[0].trim();
        const patchBody = parseBody(await requestBody(req), contentType);
        const patch = patchBody.value;
        const live = store.get(type, namespace, name2);
        if (contentType === "application/apply-patch+yaml" || contentType === "application/apply-patch+cbor") {
          if (!url.searchParams.get("fieldManager"))
            throw badRequest("PATCH, fieldManager is required for apply requests");
          decoded(type, patchBody, true);
          strict(type, patch, url);
          const force = url.searchParams.get("force") === "true";
          const merged = serverSideApply({
            live,
            applied: patch,
            merged: withDefaults(type, applyPatch(live, patch, type.group)),
            manager: url.searchParams.get("fieldManager"),
            force,
            shapes: listShapes(type.group),
            apiVersion: String(patch?.apiVersion ?? live?.apiVersion ?? ""),
            now: timestamp(clock.now()),
            subresource
          });
          if (!live) {
            merged.metadata = { ...merged.metadata, name: name2 };
            admitCreate(type, namespace, merged);
            return send(res, 201, store.create(type, namespace, withDefaults(type, merged)));
          }
          admitUpdate(type, namespace, merged, live);
          return send(
            res,
            200,
            store.update(type, withDefaults(type, merged), subresource === "status" ? { subresource: "status" } : {})
          );
        }
        if (!live) throw notFound(type.plural, name2, type.group);
        let next;
        if (contentType === "application/json-patch+json") next = jsonPatch(live, patch);
        else if (contentType === "application/merge-patch+json") next = mergePatch(live, patch);
        else if (contentType === "application/strategic-merge-patch+json") {
          if (type.group !== "")
            throw new ApiError({
              code: 415,
              reason: "UnsupportedMediaType",
              message: `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml`
            });
          next = strategicMerge(live, patch);
        } else
          throw new ApiError({
            code: 415,
            reason: "UnsupportedMediaType",
            message: `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json`
          });
        decoded(type, { value: next, raw: "" });
        strict(type, next, url);
        admitUpdate(type, namespace, next, live);
        return send(
          res,
          200,
          store.update(type, withDefaults(type, updated(live, next, subresource)), {
            expectedRv: patch?.metadata?.resourceVersion,
            ...subresource === "status" ? { subresource: "status" } : {}
          })
        );
      }
      case "DELETE": {
        const raw = await requestBody(req);
        const options = raw.length ? parseBody(raw, String(req.headers["content-type"] ?? "application/json")).value : {};
        const grace = url.searchParams.get("gracePeriodSeconds") ?? options?.gracePeriodSeconds;
        const seconds = grace === void 0 || grace === null ? void 0 : Number(grace);
        if (seconds !== void 0 && !Number.isInteger(seconds))
          throw badRequest(`gracePeriodSeconds must be a whole number of seconds, not ${JSON.stringify(grace)}`);
        return send(res, 200, deleteOne(type, namespace, name2, seconds));
      }
      default:
        throw methodNotAllowed(`${method} is not supported`);
    }
  }
  function deleteOne(type, namespace, name2, gracePeriodSeconds) {
    if (type.kind === "Namespace") {
      const ns = store.mustGet(type, void 0, name2);
      if (ns.metadata.deletionTimestamp) return ns;
      store.mutate(type, void 0, name2, (o) => void (o.metadata.deletionTimestamp = timestamp(clock.now())));
      return store.mutate(
        type,
        void 0,
        name2,
        (o) => void (o.status = { ...o.status, phase: "Terminating" }),
        "status"
      );
    }
    return store.delete(type, namespace, name2, gracePeriodSeconds === void 0 ? {} : { gracePeriodSeconds });
  }
  return async function handle(req, res) {
    const url = requestUrl(req);
    const injected = deps.fault?.(req);
    if (injected) {
      if (injected === 429) res.setHeader("Retry-After", "1");
      throw new ApiError({
        code: injected,
        reason: injected === 429 ? "TooManyRequests" : "InternalError",
        message: `injected fault (${injected})`,
        ...injected === 429 ? { details: { retryAfterSeconds: 1 } } : {}
      });
    }
    const path = url.pathname.replace(/\/+$/, "") || "/";
    const accept = String(req.headers.accept ?? "");
    const wantsAggregated = accept.includes("as=APIGroupDiscoveryList") && accept.includes("v=v2;");
    if (path === "/version") return send(res, 200, version());
    if (path === "/healthz" || path === "/readyz" || path === "/livez") {
      res.writeHead(200, { "Content-Type": "text/plain" });
      return void res.end("ok");
    }
    if (path === "/openapi/v3") return send(res, 200, openapiIndex());
    if (path.startsWith("/openapi/v3/")) {
      const parts = path.slice("/openapi/v3/".length).split("/").map(decodeSegment);
      const doc = parts[0] === "api" ? openapiDocument("", parts[1] ?? "") : openapiDocument(parts[1] ?? "", parts[2] ?? "");
      if (!doc) throw notFound("openapi", path);
      return send(res, 200, doc);
    }
    if (path === "/api")
      return wantsAggregated ? send(res, 200, aggregated(true), AGGREGATED_CONTENT_TYPE) : send(res, 200, apiVersions(deps.serverAddress()));
    if (path === "/apis")
      return wantsAggregated ? send(res, 200, aggregated(false), AGGREGATED_CONTENT_TYPE) : send(res, 200, apiGroupList());
    if (/^\/apis\/[^/]+$/.test(path)) {
      const group = decodeSegment(path.split("/")[2]);
      const found = apiGroup(group);
      if (!found.versions.length) throw notFound("groups", group);
      return send(res, 200, found);
    }
    const r = route(path);
    if (r === "discovery") {
      const parts = path.split("/").filter(Boolean).map(decodeSegment);
      const [group, v] = parts[0] === "api" ? ["", parts[1]] : [parts[1], parts[2]];
      const list4 = resourceList(group, v);
      if (!list4.resources.length) throw notFound("groupversion", `${group}/${v}`);
      return send(res, 200, list4);
    }
    if (!r) throw notFound("path", path);
    await handleResource(r, req, res, url);
  };
}
function withDefaults(type, object) {
  if (type.kind === "Namespace") {
    object.spec = { finalizers: ["kubernetes"], ...object.spec };
    object.status = { phase: "Active", ...object.status };
  }
  if (type.kind === "Pod") object.status = { phase: "Pending", qosClass: "Burstable", ...object.status };
  if (type.kind === "Service") object.spec = { type: "ClusterIP", sessionAffinity: "None", ...object.spec };
  const cluster = type.kind === "RayService" ? object.spec?.rayClusterConfig : type.kind === "RayCluster" ? object.spec : void 0;
  for (const group of Array.isArray(cluster?.workerGroupSpecs) ? cluster.workerGroupSpecs : []) {
    if (typeof group !== "object" || group === null) continue;
    group.replicas ??= 0;
    group.minReplicas ??= 0;
    group.maxReplicas ??= 2147483647;
    group.numOfHosts ??= 1;
  }
  return object;
}

// src/sim/api/field-validation.ts
var validators = /* @__PURE__ */ new Map([
  ["RayService", validateRayService],
  ["RayCluster", validateRayCluster]
]);
function unknownFields(type, object) {
  const validate = type.group === "ray.io" ? validators.get(type.kind) : void 0;
  if (!validate || validate(object)) return [];
  return (validate.errors ?? []).filter((e) => e.keyword === "additionalProperties").map(
    (e) => [
      ...e.instancePath.split("/").filter(Boolean),
      e.params.additionalProperty
    ].join(".")
  );
}

// src/sim/cluster/profiles.ts
var s = (seconds) => seconds * 1e3;
var PROFILES = {
  fast: [
    { stage: "schedule", pods: "all", delayMs: s(0.2), jitterMs: s(0.1) },
    { stage: "node-provisioning", pods: "gpu", delayMs: s(1), jitterMs: s(0.5) },
    { stage: "image-pull", pods: "all", delayMs: s(0.5), jitterMs: s(0.3) },
    { stage: "ray-start", pods: "all", delayMs: s(0.5), jitterMs: s(0.2) },
    { stage: "model-load", pods: "all", delayMs: s(2), jitterMs: s(0.5) },
    { stage: "termination", pods: "all", delayMs: s(0.5), jitterMs: s(0.2) }
  ],
  realistic: [
    { stage: "schedule", pods: "all", delayMs: s(1), jitterMs: s(0.5) },
    // Karpenter launches a GPU instance and the node joins.
    { stage: "node-provisioning", pods: "gpu", delayMs: s(75), jitterMs: s(30) },
    // rayproject/ray-llm images are many GB; CPU heads usually land on warm nodes with the image cached.
    { stage: "image-pull", pods: "gpu", delayMs: s(150), jitterMs: s(60) },
    { stage: "image-pull", pods: "cpu", delayMs: s(20), jitterMs: s(10) },
    { stage: "ray-start", pods: "all", delayMs: s(10), jitterMs: s(5) },
    // vLLM engine start for a 3B model from shared storage.
    { stage: "model-load", pods: "all", delayMs: s(90), jitterMs: s(30) },
    { stage: "termination", pods: "all", delayMs: s(5), jitterMs: s(3) }
  ]
};
var DELAY_ANNOTATION = (stage) => `sim.rayservice-ci.io/${stage}-delay`;
function stageDelay(profile, stage, object, random, gpu = podGpus(object) > 0) {
  const override = object.metadata?.annotations?.[DELAY_ANNOTATION(stage)];
  if (override !== void 0) {
    const parsed = parseDuration(override);
    if (typeof parsed === "number") return parsed;
  }
  const rule = profile.find((r) => r.stage === stage && (r.pods === "all" || r.pods === "gpu" === gpu));
  if (!rule) return 0;
  return Math.max(0, rule.delayMs + (random.next() * 2 - 1) * rule.jitterMs);
}

// src/sim/clock.ts
var TimerQueue = class {
  timers = [];
  nextId = 1;
  add(due, fn, period) {
    const timer = { id: this.nextId++, due, fn, period };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }
  /**
   * Runs every timer due at or before `until`, advancing `setNow` to each timer's time first. A timer that throws
   * is reported through `onError` and the others still run: one controller's bug must not stop the cluster.
   */
  runUntil(until, setNow, onError = (error) => {
    throw error;
  }) {
    for (let guard = 0; guard < 1e6; guard++) {
      let next;
      for (const t of this.timers)
        if (t.due <= until && (!next || t.due < next.due || t.due === next.due && t.id < next.id)) next = t;
      if (!next) break;
      setNow(next.due);
      if (next.period !== void 0) next.due += next.period;
      else this.timers = this.timers.filter((t) => t !== next);
      try {
        next.fn();
      } catch (error) {
        onError(error);
      }
    }
    setNow(until);
  }
  get size() {
    return this.timers.length;
  }
};
var RealtimeClock = class {
  queue = new TimerQueue();
  current;
  lastPump;
  interval;
  scale;
  maxStepMs;
  onError;
  reported = /* @__PURE__ */ new Set();
  constructor(scale = 1, tickRealMs = 5, onError) {
    this.scale = scale;
    this.maxStepMs = Math.max(250, tickRealMs * 10);
    this.onError = onError ?? ((error) => {
      const text2 = error?.stack ?? String(error);
      if (this.reported.has(text2)) return;
      this.reported.add(text2);
      process.stderr.write(`rayservice-ci sim: internal error in a controller (please report it): ${text2}
`);
    });
    this.lastPump = performance.now();
    this.current = Date.now();
    this.interval = setInterval(() => this.pump(), tickRealMs);
    this.interval.unref?.();
  }
  pump() {
    const now = performance.now();
    const step = Math.min((now - this.lastPump) * this.scale, this.maxStepMs);
    this.lastPump = now;
    this.queue.runUntil(
      this.current + step,
      (t) => {
        this.current = t;
      },
      this.onError
    );
  }
  now() {
    return this.current;
  }
  at(atMs, fn) {
    return this.queue.add(atMs, fn);
  }
  every(periodMs, fn) {
    return this.queue.add(this.current + periodMs, fn, periodMs);
  }
  sleep(ms) {
    return new Promise((resolve) => this.at(this.current + ms, resolve));
  }
  stop() {
    clearInterval(this.interval);
  }
};

// src/sim/kubeconfig.ts
var import_yaml2 = __toESM(require_dist(), 1);
var SIM_CONTEXT = "rayservice-ci-sim";
function simKubeconfig(server, namespace = "default") {
  return (0, import_yaml2.stringify)({
    apiVersion: "v1",
    kind: "Config",
    // client-node refuses plain http unless TLS verification is explicitly off; the sim listens on loopback only.
    clusters: [{ name: SIM_CONTEXT, cluster: { server, "insecure-skip-tls-verify": true } }],
    users: [{ name: SIM_CONTEXT, user: { token: "rayservice-ci-sim" } }],
    contexts: [{ name: SIM_CONTEXT, context: { cluster: SIM_CONTEXT, user: SIM_CONTEXT, namespace } }],
    "current-context": SIM_CONTEXT,
    preferences: {}
  });
}

// src/sim/random.ts
var ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
function seededRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
  return {
    next,
    suffix: (length) => Array.from({ length }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join(""),
    int: (min, max) => min + Math.floor(next() * (max - min + 1))
  };
}

// src/sim/cluster/events.ts
var EVENT = typeByKind("v1", "Event");
var REMEMBERED_EVENTS = 1e4;
function eventRecorder(store, clock, component) {
  const made = /* @__PURE__ */ new Map();
  let complete = true;
  return (object, type, reason, message) => {
    const namespace = object.metadata.namespace ?? "default";
    const now = timestamp(clock.now());
    const key2 = `${namespace}\0${object.metadata.uid}\0${reason}\0${message}`;
    const count = (e) => {
      e.count = (e.count ?? 1) + 1;
      e.lastTimestamp = now;
    };
    const known = made.get(key2);
    if (known !== void 0) {
      if (store.mutate(EVENT, namespace, known, count)) return;
      made.delete(key2);
    }
    const existing = complete ? void 0 : store.scan(EVENT, namespace).find((e) => e.involvedObject?.uid === object.metadata.uid && e.reason === reason && e.message === message);
    if (existing) {
      store.mutate(EVENT, namespace, existing.metadata.name, count);
      return;
    }
    try {
      const event = store.create(EVENT, namespace, {
        apiVersion: "v1",
        kind: "Event",
        metadata: { generateName: `${object.metadata.name}.` },
        involvedObject: {
          apiVersion: object.apiVersion,
          kind: object.kind,
          name: object.metadata.name,
          namespace,
          uid: object.metadata.uid,
          resourceVersion: object.metadata.resourceVersion
        },
        type,
        reason,
        message,
        source: { component },
        reportingComponent: component,
        firstTimestamp: now,
        lastTimestamp: now,
        count: 1
      });
      if (made.size >= REMEMBERED_EVENTS) {
        made.clear();
        complete = false;
      }
      made.set(key2, event.metadata.name);
    } catch {
    }
  };
}

// src/sim/cluster/pod-status.ts
function podReady(pod) {
  return (pod.status?.conditions ?? []).some(
    (c) => c.type === "Ready" && c.status === "True"
  );
}

// src/sim/cluster/kubelet.ts
var POD3 = typeByKind("v1", "Pod");
var ORDER = [
  { phase: "provisioning", stage: "node-provisioning" },
  { phase: "pulling", stage: "image-pull" },
  { phase: "starting", stage: "ray-start" }
];
function startKubelet(store, clock, random, profile, record, ready2) {
  const progress = /* @__PURE__ */ new Map();
  let nextIp = 10;
  const ips = /* @__PURE__ */ new Map();
  const now = () => timestamp(clock.now());
  const setStatus = (pod, change) => {
    store.mutate(
      POD3,
      pod.metadata.namespace,
      pod.metadata.name,
      (p) => {
        p.status ??= {};
        change(p.status);
      },
      "status"
    );
  };
  const containerStatuses = (pod, state, isReady) => (pod.spec?.containers ?? []).map((c) => ({
    name: c.name,
    image: c.image,
    imageID: "",
    ready: isReady,
    restartCount: 0,
    started: "running" in state,
    state
  }));
  const conditions = (isReady, initialized) => [
    { type: "PodReadyToStartContainers", status: "True", lastTransitionTime: now() },
    { type: "Initialized", status: initialized ? "True" : "False", lastTransitionTime: now() },
    {
      type: "Ready",
      status: isReady ? "True" : "False",
      lastTransitionTime: now(),
      ...isReady ? {} : { reason: "ContainersNotReady", message: "containers with unready status" }
    },
    { type: "ContainersReady", status: isReady ? "True" : "False", lastTransitionTime: now() },
    { type: "PodScheduled", status: "True", lastTransitionTime: now() }
  ];
  const enter = (pod, index) => {
    const step = ORDER[index];
    const state = progress.get(pod.metadata.uid);
    if (!step) {
      state.phase = "running";
      const ip = ips.get(pod.metadata.uid) ?? `10.244.${Math.floor(nextIp / 250)}.${nextIp++ % 250 + 2}`;
      ips.set(pod.metadata.uid, ip);
      setStatus(pod, (s2) => {
        s2.phase = "Running";
        s2.podIP = ip;
        s2.podIPs = [{ ip }];
        s2.hostIP = "10.0.0.1";
        s2.startTime ??= now();
        s2.conditions = conditions(false, true);
        s2.containerStatuses = containerStatuses(pod, { running: { startedAt: now() } }, false);
      });
      record(pod, "Normal", "Started", `Started container ${pod.spec?.containers?.[0]?.name ?? "ray"}`);
      return;
    }
    state.phase = step.phase;
    if (step.phase === "pulling") {
      setStatus(pod, (s2) => {
        s2.conditions = conditions(false, false);
        s2.containerStatuses = containerStatuses(pod, { waiting: { reason: "ContainerCreating" } }, false);
      });
      record(pod, "Normal", "Pulling", `Pulling image "${pod.spec?.containers?.[0]?.image ?? ""}"`);
    }
    const delay = stageDelay(profile, step.stage, pod, random);
    state.timer = clock.at(clock.now() + delay, () => {
      const current = store.get(POD3, pod.metadata.namespace, pod.metadata.name);
      if (current && !current.metadata.deletionTimestamp) enter(current, index + 1);
    });
  };
  const loop = () => {
    const seen = /* @__PURE__ */ new Set();
    for (const pod of store.scan(POD3)) {
      const uid = pod.metadata.uid;
      seen.add(uid);
      if (!pod.spec?.nodeName) continue;
      const state = progress.get(uid);
      if (pod.metadata.deletionTimestamp) {
        if (state?.phase === "terminating") continue;
        state?.timer?.();
        progress.set(uid, { phase: "terminating", timer: void 0 });
        record(pod, "Normal", "Killing", `Stopping container ${pod.spec?.containers?.[0]?.name ?? "ray"}`);
        const delay = stageDelay(profile, "termination", pod, random);
        clock.at(clock.now() + delay, () => store.forget(POD3, pod.metadata.namespace, pod.metadata.name));
        continue;
      }
      if (!state) {
        progress.set(uid, { phase: "provisioning", timer: void 0 });
        enter(pod, 0);
        continue;
      }
      if (state.phase === "running") {
        const isReady = ready2(pod);
        const wasReady = podReady(pod);
        if (isReady !== wasReady) {
          setStatus(pod, (s2) => {
            s2.conditions = conditions(isReady, true);
            s2.containerStatuses = containerStatuses(pod, { running: { startedAt: s2.startTime ?? now() } }, isReady);
          });
        }
      }
    }
    for (const uid of [...progress.keys()]) if (!seen.has(uid)) progress.delete(uid);
  };
  const stop = clock.every(200, loop);
  return {
    stop,
    started: (pod) => progress.get(pod.metadata.uid)?.phase === "running"
  };
}

// src/sim/cluster/namespace-controller.ts
var NAMESPACE2 = RESOURCE_TYPES.find((t) => t.kind === "Namespace");
function startNamespaceController(store, clock) {
  const sweep = () => {
    for (const ns of store.scan(NAMESPACE2)) {
      if (!ns.metadata.deletionTimestamp) continue;
      let remaining = 0;
      for (const type of RESOURCE_TYPES) {
        if (!type.namespaced) continue;
        for (const object of store.scan(type, ns.metadata.name)) {
          remaining++;
          if (!object.metadata.deletionTimestamp) store.delete(type, ns.metadata.name, object.metadata.name);
        }
      }
      if (remaining === 0) store.forget(NAMESPACE2, void 0, ns.metadata.name);
    }
  };
  return clock.every(500, sweep);
}

// src/sim/cluster/endpoints-controller.ts
var POD4 = typeByKind("v1", "Pod");
var SERVICE = typeByKind("v1", "Service");
var ENDPOINTS = typeByKind("v1", "Endpoints");
var SLICE = typeByKind("discovery.k8s.io/v1", "EndpointSlice");
function owner(service) {
  return {
    apiVersion: "v1",
    kind: "Service",
    name: service.metadata.name,
    uid: service.metadata.uid,
    controller: true,
    blockOwnerDeletion: true
  };
}
function startEndpointsController(store, clock, random) {
  const sync = (service) => {
    const ns = service.metadata.namespace;
    const selectorMap = service.spec?.selector ?? {};
    if (!Object.keys(selectorMap).length) return;
    const selector = parseLabelSelector(
      Object.entries(selectorMap).map(([k, v]) => `${k}=${v}`).join(",")
    );
    const pods = store.scan(POD4, ns).filter((p) => selector(p.metadata.labels ?? {}) && p.status?.podIP);
    const ports = (service.spec?.ports ?? []).map((p) => ({
      name: p.name ?? "",
      port: typeof p.targetPort === "number" ? p.targetPort : p.port,
      protocol: p.protocol ?? "TCP"
    }));
    const includeNotReady = service.spec?.publishNotReadyAddresses === true;
    const endpoints = pods.map((pod) => ({
      addresses: [String(pod.status.podIP)],
      conditions: {
        ready: (podReady(pod) || includeNotReady) && !pod.metadata.deletionTimestamp,
        serving: podReady(pod),
        terminating: Boolean(pod.metadata.deletionTimestamp)
      },
      nodeName: pod.spec?.nodeName,
      targetRef: { kind: "Pod", namespace: ns, name: pod.metadata.name, uid: pod.metadata.uid }
    }));
    const slice = store.scan(SLICE, ns).find((s2) => s2.metadata.labels?.["kubernetes.io/service-name"] === service.metadata.name);
    const body2 = { addressType: "IPv4", endpoints, ports };
    if (!slice) {
      store.create(SLICE, ns, {
        apiVersion: "discovery.k8s.io/v1",
        kind: "EndpointSlice",
        metadata: {
          name: `${service.metadata.name}-${random.suffix(5)}`,
          labels: {
            "kubernetes.io/service-name": service.metadata.name,
            "endpointslice.kubernetes.io/managed-by": "endpointslice-controller.k8s.io"
          },
          ownerReferences: [owner(service)]
        },
        ...body2
      });
    } else if (JSON.stringify({ addressType: slice["addressType"], endpoints: slice["endpoints"], ports: slice["ports"] }) !== JSON.stringify(body2)) {
      store.mutate(SLICE, ns, slice.metadata.name, (s2) => Object.assign(s2, body2));
    }
    const subsets = endpoints.length ? [
      {
        ...endpoints.some((e) => e.conditions.ready) ? {
          addresses: endpoints.filter((e) => e.conditions.ready).map((e) => ({ ip: e.addresses[0], nodeName: e.nodeName, targetRef: e.targetRef }))
        } : {},
        ...endpoints.some((e) => !e.conditions.ready) ? {
          notReadyAddresses: endpoints.filter((e) => !e.conditions.ready).map((e) => ({ ip: e.addresses[0], nodeName: e.nodeName, targetRef: e.targetRef }))
        } : {},
        ports: ports.map((p) => ({ name: p.name, port: p.port, protocol: p.protocol }))
      }
    ] : [];
    const existing = store.get(ENDPOINTS, ns, service.metadata.name);
    if (!existing)
      store.create(ENDPOINTS, ns, {
        apiVersion: "v1",
        kind: "Endpoints",
        metadata: { name: service.metadata.name, ownerReferences: [owner(service)] },
        subsets
      });
    else if (JSON.stringify(existing["subsets"]) !== JSON.stringify(subsets))
      store.mutate(ENDPOINTS, ns, service.metadata.name, (e) => void (e["subsets"] = subsets));
  };
  return clock.every(500, () => {
    for (const service of store.scan(SERVICE)) {
      if (service.metadata.deletionTimestamp) continue;
      try {
        sync(service);
      } catch {
      }
    }
  });
}

// src/sim/cluster/quota-status.ts
var QUOTA2 = typeByKind("v1", "ResourceQuota");
function startQuotaStatus(store, clock, periodMs = 1e3) {
  return clock.every(periodMs, () => {
    for (const quota of store.scan(QUOTA2)) {
      const hard = quota.spec?.hard ?? {};
      const namespace = quota.metadata.namespace;
      const used = {};
      if (GPU_REQUESTS in hard) used[GPU_REQUESTS] = String(gpusInUse(store, namespace));
      const now = quota.status;
      if (JSON.stringify(now?.hard ?? {}) === JSON.stringify(hard) && JSON.stringify(now?.used ?? {}) === JSON.stringify(used))
        continue;
      store.mutate(
        QUOTA2,
        namespace,
        quota.metadata.name,
        (q) => {
          q.status = { hard: { ...hard }, used };
        },
        "status"
      );
    }
  });
}

// src/sim/cluster/scheduler.ts
var POD5 = typeByKind("v1", "Pod");
var NODE = typeByKind("v1", "Node");
function freeGpus(store) {
  const free = /* @__PURE__ */ new Map();
  for (const node2 of store.scan(NODE))
    free.set(node2.metadata.name, Number(node2.status?.allocatable?.["nvidia.com/gpu"] ?? 0));
  for (const pod of store.scan(POD5)) {
    const node2 = pod.spec?.nodeName;
    if (node2 && free.has(node2) && pod.status?.phase !== "Succeeded" && pod.status?.phase !== "Failed")
      free.set(node2, free.get(node2) - podGpus(pod));
  }
  return free;
}
function selective(pod) {
  const spec = pod.spec ?? {};
  return Object.keys(spec.nodeSelector ?? {}).length > 0 || spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution !== void 0;
}
function counted(reasons) {
  const counts = /* @__PURE__ */ new Map();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].map(([reason, n]) => `${n} ${reason}`).sort().join(", ");
}
function failedSchedulingMessage(pod, nodes, free, gpus) {
  const misfit = selective(pod);
  const reasons = [];
  const preemption = [];
  for (const n of nodes) {
    const hasGpus = Number(n.status?.allocatable?.["nvidia.com/gpu"] ?? 0) > 0;
    if (gpus === 0 && hasGpus) {
      reasons.push("node(s) had untolerated taint {nvidia.com/gpu: }");
      preemption.push("Preemption is not helpful for scheduling");
    } else if (gpus > 0 && !hasGpus && misfit) {
      reasons.push("node(s) didn't match Pod's node affinity/selector");
      preemption.push("Preemption is not helpful for scheduling");
    } else if (gpus > 0 && (free.get(n.metadata.name) ?? 0) < gpus) {
      reasons.push("Insufficient nvidia.com/gpu");
      preemption.push("No preemption victims found for incoming pod");
    }
  }
  const total = `0/${nodes.length} nodes are available`;
  return `${total}: ${counted(reasons)}. preemption: ${total}: ${counted(preemption)}.`;
}
function startScheduler(store, clock, record, periodMs = 1e3) {
  const reported2 = /* @__PURE__ */ new Set();
  const schedule = () => {
    const nodes = store.scan(NODE);
    const pods = store.scan(POD5);
    if (!pods.some((p) => !p.spec?.nodeName && !p.metadata.deletionTimestamp)) return;
    const free = freeGpus(store);
    for (const pod of pods) {
      if (pod.spec?.nodeName || pod.metadata.deletionTimestamp) continue;
      const gpus = podGpus(pod);
      const candidates = nodes.filter(
        (n) => gpus > 0 ? (free.get(n.metadata.name) ?? 0) >= gpus : Number(n.status?.allocatable?.["nvidia.com/gpu"] ?? 0) === 0
      );
      const node2 = candidates[0];
      if (!node2) {
        const message = failedSchedulingMessage(pod, nodes, free, gpus);
        if (!reported2.has(pod.metadata.uid)) {
          reported2.add(pod.metadata.uid);
          store.mutate(
            POD5,
            pod.metadata.namespace,
            pod.metadata.name,
            (p) => {
              p.status = {
                ...p.status,
                phase: "Pending",
                conditions: [
                  {
                    type: "PodScheduled",
                    status: "False",
                    reason: "Unschedulable",
                    message,
                    lastTransitionTime: timestamp(clock.now())
                  }
                ]
              };
            },
            "status"
          );
        }
        record(pod, "Warning", "FailedScheduling", message);
        continue;
      }
      reported2.delete(pod.metadata.uid);
      free.set(node2.metadata.name, (free.get(node2.metadata.name) ?? 0) - gpus);
      store.mutate(POD5, pod.metadata.namespace, pod.metadata.name, (p) => {
        p.spec.nodeName = node2.metadata.name;
      });
      store.mutate(
        POD5,
        pod.metadata.namespace,
        pod.metadata.name,
        (p) => {
          p.status = {
            ...p.status,
            phase: "Pending",
            conditions: [{ type: "PodScheduled", status: "True", lastTransitionTime: timestamp(clock.now()) }]
          };
        },
        "status"
      );
      record(
        pod,
        "Normal",
        "Scheduled",
        `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${node2.metadata.name}`
      );
    }
  };
  return clock.every(periodMs, schedule);
}

// src/sim/kuberay/names.ts
var clusterNameFor = (service, random, features) => `${service}${features.clusterNameInfix}${random.suffix(5)}`;
var headPodName = (cluster, random, features) => features.podNames === "worker-group" ? `${checkName(`${cluster}-head-`)}${random.suffix(5)}` : `${cluster}-head-${random.suffix(5)}`;
var workerPodName = (cluster, group, random, features) => features.podNames === "worker-group" ? `${checkName(`${cluster}-worker-${group}-`)}${random.suffix(5)}` : `${`${cluster}-${group}-worker`.slice(0, 50)}-${random.suffix(5)}`;
function checkName(name2) {
  const cut = name2.length > 50 ? name2.slice(name2.length - 50) : name2;
  return /^[0-9]/.test(cut) ? `r${cut.slice(1)}` : cut;
}
var headServiceName = (owner2) => `${owner2}-head-svc`;
var serveServiceName = (service) => `${service}-serve-svc`;
var LABEL = {
  cluster: "ray.io/cluster",
  nodeType: "ray.io/node-type",
  group: "ray.io/group",
  isRayNode: "ray.io/is-ray-node",
  identifier: "ray.io/identifier",
  serve: "ray.io/serve",
  originName: "ray.io/originated-from-cr-name",
  originCrd: "ray.io/originated-from-crd",
  appName: "app.kubernetes.io/name",
  createdBy: "app.kubernetes.io/created-by"
};
var RAYSERVICE_FINALIZER = "ray.io/rayservice-finalizer";

// src/sim/kuberay/raycluster-controller.ts
var POD6 = typeByKind("v1", "Pod");
var SERVICE2 = typeByKind("v1", "Service");
var RAY_CLUSTER = typeByKind("ray.io/v1", "RayCluster");
function quantity2(value) {
  const m = /^([0-9.]+)([a-zA-Z]*)$/.exec(String(value ?? "").trim());
  if (!m) return 0;
  const units = {
    "": 1,
    m: 1e-3,
    k: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    Ki: 1024,
    Mi: 1024 ** 2,
    Gi: 1024 ** 3,
    Ti: 1024 ** 4
  };
  return Number(m[1]) * (units[m[2]] ?? 1);
}
function desiredResources(cluster) {
  const spec = dict(cluster.spec);
  const groups = [
    { template: dict(spec["headGroupSpec"])["template"], pods: 1 },
    ...list(spec["workerGroupSpecs"]).map(dict).map((g) => ({ template: g["template"], pods: numberOr(g["replicas"], 0) * numberOr(g["numOfHosts"], 1) }))
  ];
  let cpu = 0;
  let memory = 0;
  for (const group of groups) {
    for (const container2 of list(dict(dict(group.template)["spec"])["containers"]).map(dict)) {
      const resources = dict(container2["resources"]);
      const pick = (key2) => dict(resources["requests"])[key2] ?? dict(resources["limits"])[key2];
      cpu += quantity2(pick("cpu")) * group.pods;
      memory += quantity2(pick("memory")) * group.pods;
    }
  }
  const millis = Math.round(cpu * 1e3);
  return {
    cpu: millis % 1e3 === 0 ? String(millis / 1e3) : `${millis}m`,
    memory: memory % 1024 ** 3 === 0 ? `${memory / 1024 ** 3}Gi` : `${Math.round(memory / 1024 ** 2)}Mi`
  };
}
function ownerReference(owner2) {
  return {
    apiVersion: owner2.apiVersion,
    kind: owner2.kind,
    name: owner2.metadata.name,
    uid: owner2.metadata.uid,
    controller: true,
    blockOwnerDeletion: true
  };
}
var ready = (pod) => pod.status?.phase === "Running" && podReady(pod);
function headPorts(cluster) {
  const container2 = dict(
    list(dict(dict(dict(dict(cluster.spec)["headGroupSpec"])["template"])["spec"])["containers"])[0]
  );
  const declared = list(container2["ports"]).map(dict).filter((p) => typeof p["containerPort"] === "number").map((p) => ({
    name: stringOr(p["name"], `port-${String(p["containerPort"])}`),
    port: p["containerPort"]
  }));
  const ports = declared.length ? declared : [
    { name: "client", port: 10001 },
    { name: "gcs-server", port: 6379 },
    { name: "dashboard", port: 8265 },
    { name: "serve", port: 8e3 }
  ];
  return ports.some((p) => p.name === "metrics") ? ports : [...ports, { name: "metrics", port: 8080 }];
}
function podFromTemplate(cluster, template, name2, labels) {
  const metadata = dict(template["metadata"]);
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name: name2,
      labels: { ...metadata["labels"], ...labels },
      annotations: { ...metadata["annotations"], "ray.io/ft-enabled": "false" },
      ownerReferences: [ownerReference(cluster)]
    },
    spec: { restartPolicy: "Always", terminationGracePeriodSeconds: 30, ...structuredClone(dict(template["spec"])) },
    status: { phase: "Pending", qosClass: "Burstable" }
  };
}
function startRayClusterController(store, clock, random, record, features = KUBERAY_FEATURES[DEFAULT_KUBERAY_VERSION]) {
  const reconcile = (cluster) => {
    const ns = cluster.metadata.namespace;
    const name2 = cluster.metadata.name;
    const fromService = cluster.metadata.labels?.[LABEL.originCrd] === "RayService";
    const base = {
      [LABEL.cluster]: name2,
      [LABEL.isRayNode]: "yes",
      [LABEL.appName]: "kuberay",
      [LABEL.createdBy]: "kuberay-operator"
    };
    const pods = store.scan(POD6, ns).filter((p) => p.metadata.labels?.[LABEL.cluster] === name2);
    const unused = (draw) => {
      let podName = draw();
      for (let i = 0; i < 10 && store.has(POD6, ns, podName); i++) podName = draw();
      return podName;
    };
    const live = pods.filter((p) => !p.metadata.deletionTimestamp);
    const head = live.find((p) => p.metadata.labels?.[LABEL.nodeType] === "head");
    if (!head) {
      const template = dict(dict(cluster.spec)["headGroupSpec"])["template"];
      const pod = store.create(
        POD6,
        ns,
        podFromTemplate(
          cluster,
          template ?? {},
          unused(() => headPodName(name2, random, features)),
          {
            ...base,
            [LABEL.nodeType]: "head",
            [LABEL.group]: "headgroup",
            [LABEL.identifier]: `${name2}-head`,
            ...fromService ? { [LABEL.serve]: "false" } : {}
          }
        )
      );
      record(cluster, "Normal", "CreatedHeadPod", `Created head Pod ${ns}/${pod.metadata.name}`);
    }
    if (!store.get(SERVICE2, ns, headServiceName(name2))) {
      store.create(SERVICE2, ns, {
        apiVersion: "v1",
        kind: "Service",
        metadata: {
          name: headServiceName(name2),
          labels: { [LABEL.cluster]: name2, [LABEL.nodeType]: "head" },
          ownerReferences: [ownerReference(cluster)]
        },
        spec: {
          clusterIP: "None",
          publishNotReadyAddresses: true,
          selector: { [LABEL.cluster]: name2, [LABEL.nodeType]: "head" },
          ports: headPorts(cluster).map((p) => ({ name: p.name, port: p.port, targetPort: p.port, protocol: "TCP" }))
        }
      });
    }
    const autoscaling = dict(cluster.spec)["enableInTreeAutoscaling"] === true;
    const specs = list(dict(cluster.spec)["workerGroupSpecs"]).map(dict);
    let desiredWorkers = 0;
    let refused = false;
    rayGroups(cluster.spec, []).filter((g) => g.kind === "worker").forEach((group, i) => {
      const spec = specs[i] ?? {};
      const toDelete = new Set(list(dict(spec["scaleStrategy"])["workersToDelete"]));
      let members = live.filter(
        (p) => p.metadata.labels?.[LABEL.group] === group.name && p.metadata.labels?.[LABEL.nodeType] === "worker"
      );
      for (const pod of members.filter((p) => toDelete.has(p.metadata.name))) {
        store.delete(POD6, ns, pod.metadata.name);
        record(cluster, "Normal", "DeletedWorkerPod", `Deleted worker Pod ${ns}/${pod.metadata.name}`);
      }
      members = members.filter((p) => !toDelete.has(p.metadata.name));
      const desired = Math.min(Math.max(numberOr(spec["replicas"], group.minReplicas), group.minReplicas), group.maxReplicas) * group.numOfHosts;
      desiredWorkers += desired;
      for (let n = members.length; n < desired && !refused; n++) {
        const wanted = podFromTemplate(
          cluster,
          dict(spec["template"]),
          unused(() => workerPodName(name2, group.name, random, features)),
          {
            ...base,
            [LABEL.nodeType]: "worker",
            [LABEL.group]: group.name,
            [LABEL.identifier]: `${name2}-worker`,
            ...fromService ? { [LABEL.serve]: "true" } : {}
          }
        );
        const refusal = quotaRefusal(store, ns, wanted);
        if (refusal) {
          record(
            cluster,
            "Warning",
            "FailedToCreateWorkerPod",
            `Failed to create worker Pod for the cluster ${ns}/${name2}, ${quotaForbiddenMessage(wanted.metadata.name, refusal)}`
          );
          refused = true;
          break;
        }
        const pod = store.create(POD6, ns, wanted);
        record(cluster, "Normal", "CreatedWorkerPod", `Created worker Pod ${ns}/${pod.metadata.name}`);
      }
      if (!autoscaling && members.length > desired) {
        for (const pod of [...members].sort((a, b) => b.metadata.creationTimestamp.localeCompare(a.metadata.creationTimestamp)).slice(0, members.length - desired))
          store.delete(POD6, ns, pod.metadata.name);
      }
    });
    const now = store.scan(POD6, ns).filter((p) => p.metadata.labels?.[LABEL.cluster] === name2 && !p.metadata.deletionTimestamp);
    const workers = now.filter((p) => p.metadata.labels?.[LABEL.nodeType] === "worker");
    const headPod = now.find((p) => p.metadata.labels?.[LABEL.nodeType] === "head");
    const groups = rayGroups(cluster.spec, []);
    const allRunning2 = now.every((p) => p.status?.phase === "Running") && now.length === desiredWorkers + 1;
    const headReady = headPod !== void 0 && ready(headPod);
    store.mutate(
      RAY_CLUSTER,
      ns,
      name2,
      (c) => {
        const previous = c.status ?? {};
        const state = previous.state === "ready" || allRunning2 ? "ready" : previous.state;
        const provisioned = previous.conditions?.find((x) => x.type === "RayClusterProvisioned")?.status === "True" || allRunning2 && now.every(ready);
        c.status = {
          ...state ? { state } : {},
          desiredWorkerReplicas: desiredWorkers,
          availableWorkerReplicas: workers.filter((p) => p.status?.phase === "Running").length,
          ...features.clusterStatusFields === "v1.2" ? { readyWorkerReplicas: workers.filter(ready).length } : {},
          minWorkerReplicas: groups.filter((g) => g.kind === "worker").reduce((s2, g) => s2 + g.minReplicas * g.numOfHosts, 0),
          maxWorkerReplicas: groups.filter((g) => g.kind === "worker").reduce((s2, g) => s2 + Math.min(g.maxReplicas * g.numOfHosts, 2147483647), 0),
          desiredCPU: desiredResources(cluster).cpu,
          desiredMemory: desiredResources(cluster).memory,
          // From the spec (replicas × limits, head included), not what is allocated: as KubeRay computes it.
          desiredGPU: String(
            groups.reduce(
              (s2, g) => s2 + (g.gpuLimit?.count ?? 0) * (g.kind === "head" ? 1 : g.replicas * g.numOfHosts),
              0
            )
          ),
          // v1.1's head status has only the pod and Service IPs.
          head: features.clusterStatusFields === "v1.2" ? {
            podName: headPod?.metadata.name,
            podIP: headPod?.status?.podIP,
            serviceName: headServiceName(name2),
            serviceIP: "None"
          } : { podIP: headPod?.status?.podIP, serviceIP: "None" },
          endpoints: Object.fromEntries(headPorts(cluster).map((p) => [p.name, String(p.port)])),
          ...features.clusterConditions ? {
            conditions: [
              {
                type: "HeadPodReady",
                status: headReady ? "True" : "False",
                reason: headReady ? "HeadPodRunningAndReady" : headPod ? "ContainerCreating" : "HeadPodNotFound",
                message: "",
                lastTransitionTime: timestamp(clock.now())
              },
              {
                type: "RayClusterProvisioned",
                status: provisioned ? "True" : "False",
                reason: provisioned ? "AllPodRunningAndReadyFirstTime" : "RayClusterPodsProvisioning",
                message: "",
                lastTransitionTime: timestamp(clock.now())
              }
            ]
          } : {},
          observedGeneration: c.metadata.generation,
          ...state && features.clusterStatusFields === "v1.2" ? { stateTransitionTimes: { ready: previous.stateTransitionTimes?.ready ?? timestamp(clock.now()) } } : {}
        };
        for (const condition of c.status.conditions ?? []) {
          const before = previous.conditions?.find((x) => x.type === condition.type);
          if (before && before.status === condition.status) condition.lastTransitionTime = before.lastTransitionTime;
        }
      },
      "status"
    );
  };
  return clock.every(500, () => {
    for (const cluster of store.list(RAY_CLUSTER)) if (!cluster.metadata.deletionTimestamp) reconcile(cluster);
  });
}

// src/sim/kuberay/cluster-hash.ts
import { createHash as createHash2 } from "node:crypto";
var HASH_ANNOTATION = "ray.io/hash-without-replicas-and-workers-to-delete";
var NUM_WORKER_GROUPS_ANNOTATION = "ray.io/num-worker-groups";
var BASE32_HEX = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
function base32Hex(bytes2) {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes2) {
    buffer = buffer << 8 | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32_HEX[buffer >> bits - 5 & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32_HEX[buffer << 5 - bits & 31];
  return out.padEnd(Math.ceil(out.length / 8) * 8, "=");
}
function mutePodScheduling(template) {
  const spec = dict(dict(template)["spec"]);
  delete spec["tolerations"];
  delete spec["schedulingGates"];
}
function clusterSpecHash(rayClusterConfig, groups) {
  const spec = structuredClone(dict(rayClusterConfig));
  delete spec["suspend"];
  delete spec["upgradeStrategy"];
  mutePodScheduling(dict(spec["headGroupSpec"])["template"]);
  const workerGroups = list(spec["workerGroupSpecs"]).slice(0, groups).map((group) => {
    const g = dict(group);
    delete g["replicas"];
    delete g["minReplicas"];
    delete g["maxReplicas"];
    if (g["scaleStrategy"]) delete dict(g["scaleStrategy"])["workersToDelete"];
    mutePodScheduling(g["template"]);
    return g;
  });
  if ("workerGroupSpecs" in spec) spec["workerGroupSpecs"] = workerGroups;
  return base32Hex(createHash2("sha1").update(canonicalJson(spec)).digest());
}
function clusterSpecMatches(rayClusterConfig, cluster, partial) {
  const annotations = cluster.metadata.annotations ?? {};
  const recorded = annotations[HASH_ANNOTATION] ?? "";
  if (!partial) return clusterSpecHash(rayClusterConfig) === recorded;
  const clusterGroups = Number.parseInt(annotations[NUM_WORKER_GROUPS_ANNOTATION] ?? "", 10);
  if (Number.isNaN(clusterGroups)) return true;
  if (list(dict(rayClusterConfig)["workerGroupSpecs"]).length < clusterGroups) return recorded === "";
  return clusterSpecHash(rayClusterConfig, clusterGroups) === recorded;
}

// src/sim/kuberay/rayservice-legacy.ts
var SERVICE_STATUS = {
  restarting: "Restarting",
  waiting: "WaitForServeDeploymentReady",
  running: "Running",
  failedToUpdateService: "FailedToUpdateService"
};
var FAILING_APP = /* @__PURE__ */ new Set(["UNHEALTHY", "DEPLOY_FAILED"]);
function withHealthTimes(apps, previous, now) {
  const stamp = timestamp(now);
  return Object.fromEntries(
    Object.entries(apps).map(([name2, app]) => {
      const before = previous?.[name2];
      const keep = FAILING_APP.has(app.status) && before !== void 0 && FAILING_APP.has(before.status) && before.healthLastUpdateTime;
      const deployments = Object.fromEntries(
        Object.entries(app.serveDeploymentStatuses).map(([deployment, status2]) => {
          const prior = before?.serveDeploymentStatuses?.[deployment];
          const held = status2.status === "UNHEALTHY" && prior?.status === "UNHEALTHY" && prior.healthLastUpdateTime;
          return [deployment, { ...status2, healthLastUpdateTime: held || stamp }];
        })
      );
      return [
        name2,
        {
          status: app.status,
          ...app.message ? { message: app.message } : {},
          healthLastUpdateTime: keep || stamp,
          serveDeploymentStatuses: deployments
        }
      ];
    })
  );
}
function comparedFields(status2) {
  const side = (s2) => ({
    name: s2?.rayClusterName ?? "",
    apps: Object.fromEntries(
      Object.entries(s2?.applicationStatuses ?? {}).map(([name2, app]) => [
        name2,
        {
          status: app.status,
          message: app.message ?? "",
          deployments: Object.fromEntries(
            Object.entries(app.serveDeploymentStatuses ?? {}).map(([d, x]) => [
              d,
              { status: x.status, message: x.message ?? "" }
            ])
          )
        }
      ])
    )
  });
  return canonicalJson({
    serviceStatus: status2.serviceStatus ?? "",
    numServeEndpoints: status2.numServeEndpoints ?? 0,
    active: side(status2.activeServiceStatus),
    pending: side(status2.pendingServiceStatus)
  });
}
function reconcileLegacyStatus(service, status2, clusters, kit) {
  const next = { ...structuredClone(status2), observedGeneration: service.metadata.generation };
  const { active, pending } = clusters;
  if (!status2.pendingServiceStatus?.rayClusterName) {
    const name2 = kit.newClusterName(service, active);
    if (name2) {
      next.serviceStatus = SERVICE_STATUS.restarting;
      next.pendingServiceStatus = { rayClusterName: name2 };
      kit.write(service, next, false);
      return;
    }
  }
  const appsOf = (role) => (role === "active" ? next.activeServiceStatus : next.pendingServiceStatus)?.applicationStatuses;
  const setApps = (role, apps) => {
    const side = role === "active" ? next.activeServiceStatus ??= {} : next.pendingServiceStatus ??= {};
    const stamped = kit.features.healthLastUpdateTime ? withHealthTimes(apps, appsOf(role), kit.now()) : apps;
    if (Object.keys(stamped).length) side.applicationStatuses = stamped;
    else delete side.applicationStatuses;
  };
  const serve = (cluster, role) => {
    next.activeServiceStatus = { ...next.activeServiceStatus, rayClusterStatus: cluster.status ?? {} };
    if (!kit.headReady(cluster)) return { ready: false, write: false };
    const sent = kit.submit(service, cluster);
    if (sent.error) {
      next.serviceStatus = SERVICE_STATUS.waiting;
      kit.record(
        service,
        "Normal",
        SERVICE_STATUS.waiting,
        `Fail to create / update Serve applications: ${sent.error}`
      );
      return { ready: false, write: true };
    }
    if (sent.submitted)
      kit.record(
        service,
        "Normal",
        "SubmittedServeDeployment",
        `Controller sent API request to update Serve deployments on cluster ${cluster.metadata.name}`
      );
    const apps = kit.readApps(cluster);
    if (!apps) return { ready: false, write: false };
    setApps(role, apps.applicationStatuses);
    if (!apps.ready) {
      next.serviceStatus = SERVICE_STATUS.waiting;
      return { ready: false, write: true };
    }
    next.serviceStatus = SERVICE_STATUS.running;
    if (next.activeServiceStatus?.rayClusterName !== cluster.metadata.name) {
      next.activeServiceStatus = next.pendingServiceStatus;
      next.pendingServiceStatus = void 0;
    }
    kit.recordRepeated(service, "Running", "The Serve application is now running and healthy.");
    return { ready: true, write: false };
  };
  let served = { ready: false, write: false };
  if (active && !pending) {
    next.pendingServiceStatus = void 0;
    served = serve(active, "active");
  } else if (active && pending) {
    next.activeServiceStatus = { ...next.activeServiceStatus, rayClusterStatus: active.status ?? {} };
    const apps = kit.readApps(active);
    if (apps) setApps("active", apps.applicationStatuses);
    served = serve(pending, "pending");
  } else if (pending) {
    next.activeServiceStatus = void 0;
    served = serve(pending, "pending");
  } else {
    next.activeServiceStatus = void 0;
    next.pendingServiceStatus = void 0;
  }
  if (!served.ready) {
    kit.recordRepeated(
      service,
      "ServiceNotReady",
      "The service is not ready yet. Controller will perform a round of actions in 2s."
    );
    if (served.write) kit.write(service, next, false);
    return;
  }
  const target = pending ?? active;
  kit.labelHead(target);
  if (!kit.pointServicesAt(service, target)) {
    next.serviceStatus = SERVICE_STATUS.failedToUpdateService;
    kit.write(service, next, false);
    return;
  }
  next.numServeEndpoints = kit.serveEndpoints(service);
  if (comparedFields(status2) !== comparedFields(next)) kit.write(service, next, true);
}

// src/sim/kuberay/rayservice-status.ts
function conditionTrue(status2, type) {
  return (status2?.conditions ?? []).some((c) => c.type === type && c.status === "True");
}
function setCondition(status2, now, type, value, reason, message) {
  const conditions = status2.conditions ??= [];
  const existing = conditions.find((c) => c.type === type);
  const fields = { status: value, reason, message, observedGeneration: status2.observedGeneration };
  if (!existing) conditions.push({ type, ...fields, lastTransitionTime: timestamp(now) });
  else Object.assign(existing, fields, existing.status === value ? {} : { lastTransitionTime: timestamp(now) });
}
function applyConditions(input, now, inputs) {
  const status2 = structuredClone(input);
  const known = inputs.known;
  const set = (type, value, reason, message) => {
    if (known && (!known.conditionTypes.includes(type) || type === "Ready" && !known.readyReasons.includes(reason))) {
      throw new Error(`KubeRay ${known.tag} has no ${type} condition with reason ${reason}`);
    }
    setCondition(status2, now, type, value, reason, message);
  };
  if (inputs.ready) {
    set("Ready", inputs.ready.status, inputs.ready.reason, inputs.ready.message);
    return status2;
  }
  if (!status2.conditions?.length) {
    set("Ready", "False", "Initializing", "RayService is initializing");
    set("UpgradeInProgress", "False", "Initializing", "RayService is initializing");
  }
  const ready2 = status2.conditions.find((c) => c.type === "Ready");
  if ((status2.numServeEndpoints ?? 0) > 0) {
    set("Ready", "True", "NonZeroServeEndpoints", "Number of serve endpoints is greater than 0");
  } else if (ready2.status === "True") {
    set("Ready", "False", "ZeroServeEndpoints", "Number of serve endpoints dropped to 0");
  } else if (inputs.initializingTimeoutMs !== void 0 && ready2.reason === "Initializing") {
    const spent = now - Date.parse(ready2.lastTransitionTime);
    if (spent >= inputs.initializingTimeoutMs) {
      if (status2.activeServiceStatus) delete status2.activeServiceStatus.rayClusterName;
      if (status2.pendingServiceStatus) delete status2.pendingServiceStatus.rayClusterName;
      const timeout = formatGoDuration(inputs.initializingTimeoutMs);
      set(
        "Ready",
        "False",
        "InitializingTimeout",
        `RayService failed to become ready within the configured timeout of ${timeout}. Time spent initializing: ${formatGoDuration(spent)}`
      );
      inputs.onTimeout?.(
        `RayService initializing timeout exceeded after ${formatGoDuration(spent)} (configured timeout: ${timeout})`
      );
    }
  }
  const active = status2.activeServiceStatus?.rayClusterName;
  const pending = status2.pendingServiceStatus?.rayClusterName;
  if (active && pending)
    set("UpgradeInProgress", "True", "BothActivePendingClustersExist", "Both active and pending Ray clusters exist");
  else if (active)
    set("UpgradeInProgress", "False", "NoPendingCluster", "Active Ray cluster exists and no pending Ray cluster");
  else {
    const upgrade = status2.conditions.find((c) => c.type === "UpgradeInProgress");
    if (!upgrade || upgrade.reason !== "Initializing" && upgrade.reason !== "InitializingTimeout") {
      set(
        "UpgradeInProgress",
        "Unknown",
        "NoActiveCluster",
        "No active Ray cluster exists, and the RayService is not initializing. Please open a GitHub issue in the KubeRay repository."
      );
    }
  }
  status2.serviceStatus = status2.conditions.some((c) => c.type === "Ready" && c.status === "True") ? "Running" : "";
  return status2;
}

// src/sim/kuberay/rayservice-controller.ts
var POD7 = typeByKind("v1", "Pod");
var SERVICE3 = typeByKind("v1", "Service");
var RAY_CLUSTER2 = typeByKind("ray.io/v1", "RayCluster");
var RAY_SERVICE = typeByKind("ray.io/v1", "RayService");
var SLICE2 = typeByKind("discovery.k8s.io/v1", "EndpointSlice");
var REQUEUE_MS = 500;
var DEFAULT_DELETION_DELAY_S = 60;
function startRayServiceController(store, clock, random, record, runtimeOf, options = {}) {
  const features = options.features ?? KUBERAY_FEATURES[DEFAULT_KUBERAY_VERSION];
  const deletionAt = /* @__PURE__ */ new Map();
  const repeated = /* @__PURE__ */ new Map();
  const invalidSaid = /* @__PURE__ */ new Map();
  const zeroDowntimeFor = (service) => {
    const type = features.upgradeStrategy ? dict(dict(service.spec)["upgradeStrategy"])["type"] : void 0;
    if (typeof type === "string") return type === "NewCluster" || type === "NewClusterWithIncrementalUpgrade";
    return options.zeroDowntime ?? true;
  };
  const clusterConfig = (service) => dict(service.spec)["rayClusterConfig"];
  const shouldUpdateCluster = (service, cluster, isActive) => {
    if (!cluster) return false;
    if (isActive) {
      if (conditionTrue(service.status, "UpgradeInProgress")) return false;
      if (features.versionAnnotation && cluster.metadata.annotations?.["ray.io/kuberay-version"] !== features.tag)
        return true;
    }
    if (clusterSpecMatches(clusterConfig(service), cluster, false)) return false;
    return clusterSpecMatches(clusterConfig(service), cluster, true);
  };
  const shouldPrepareNewCluster = (service, active, pending, pendingServing) => {
    if (pendingServing) return false;
    if (!active && !pending) return true;
    const cluster = pending ?? active;
    if (clusterSpecMatches(clusterConfig(service), cluster, false)) return false;
    if (clusterSpecMatches(clusterConfig(service), cluster, true)) return false;
    return zeroDowntimeFor(service);
  };
  const desiredCluster = (service, name2) => {
    const spec = structuredClone(dict(clusterConfig(service)));
    return {
      labels: {
        ...service.metadata.labels,
        [LABEL.originName]: service.metadata.name,
        [LABEL.originCrd]: "RayService"
      },
      annotations: {
        ...service.metadata.annotations,
        [HASH_ANNOTATION]: clusterSpecHash(spec),
        [NUM_WORKER_GROUPS_ANNOTATION]: String(
          Array.isArray(spec["workerGroupSpecs"]) ? spec["workerGroupSpecs"].length : 0
        ),
        ...features.versionAnnotation ? { "ray.io/kuberay-version": features.tag } : {}
      },
      name: name2,
      spec
    };
  };
  const createCluster = (service, name2) => {
    const ns = service.metadata.namespace;
    const goal = desiredCluster(service, name2);
    const cluster = store.create(RAY_CLUSTER2, ns, {
      apiVersion: "ray.io/v1",
      kind: "RayCluster",
      metadata: {
        name: name2,
        labels: goal.labels,
        annotations: goal.annotations,
        ownerReferences: [ownerReference(service)]
      },
      spec: goal.spec
    });
    if (features.serviceEvents === "v1.3")
      record(service, "Normal", "CreatedRayCluster", `Created RayCluster ${ns}/${name2}`);
    return cluster;
  };
  const updateCluster = (service, cluster, role) => {
    const ns = service.metadata.namespace;
    const goal = desiredCluster(service, cluster.metadata.name);
    const updated = store.mutate(RAY_CLUSTER2, ns, cluster.metadata.name, (c) => {
      const suspend = dict(c.spec)["suspend"];
      c.spec = suspend === void 0 ? goal.spec : { ...goal.spec, suspend };
      c.metadata.labels = goal.labels;
      c.metadata.annotations = goal.annotations;
    });
    if (features.serviceEvents === "v1.3")
      record(service, "Normal", "UpdatedRayCluster", `Updated the ${role} RayCluster ${ns}/${cluster.metadata.name}`);
    return updated ?? cluster;
  };
  const cleanUpClusters = (service, clusters, names) => {
    const ns = service.metadata.namespace;
    const serviceDeleted = Boolean(service.metadata.deletionTimestamp);
    const delaySeconds = features.deletionDelaySeconds ? numberOr(dict(service.spec)["rayClusterDeletionDelaySeconds"], DEFAULT_DELETION_DELAY_S) : DEFAULT_DELETION_DELAY_S;
    const delayMs = serviceDeleted ? 0 : delaySeconds * 1e3;
    let remaining = false;
    for (const cluster of clusters) {
      if (!serviceDeleted && names.has(cluster.metadata.name)) continue;
      remaining = true;
      const key2 = `${ns}/${cluster.metadata.name}`;
      const at = deletionAt.get(key2);
      if (at === void 0 && !serviceDeleted) {
        deletionAt.set(key2, clock.now() + delayMs);
        continue;
      }
      if ((serviceDeleted || clock.now() >= at) && !cluster.metadata.deletionTimestamp) {
        store.delete(RAY_CLUSTER2, ns, cluster.metadata.name);
        if (features.serviceEvents === "v1.3")
          record(service, "Normal", "DeletedRayCluster", `Deleted the RayCluster ${ns}/${cluster.metadata.name}`);
      }
    }
    const present = new Set(clusters.map((c) => `${ns}/${c.metadata.name}`));
    for (const key2 of deletionAt.keys()) if (key2.startsWith(`${ns}/`) && !present.has(key2)) deletionAt.delete(key2);
    return remaining;
  };
  const validationError = (service) => {
    if (features.metadataValidation === "none") return void 0;
    const name2 = service.metadata.name;
    if (name2.length > MAX_RAYSERVICE_NAME)
      return `RayService name should be no more than ${MAX_RAYSERVICE_NAME} characters`;
    if (!DNS_1035_LABEL.test(name2))
      return `RayService name should be a valid DNS1035 label: [a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')]`;
    const text2 = features.initializingTimeout ? service.metadata.annotations?.[INITIALIZING_TIMEOUT_ANNOTATION] : void 0;
    const timeout = text2 ? initializingTimeoutOf(text2) : void 0;
    if (timeout && "problem" in timeout) {
      return timeout.problem === "format" ? `RayService annotations is invalid: annotation ${INITIALIZING_TIMEOUT_ANNOTATION} has invalid format: ${text2}. Expected Go duration format (e.g., '5m', '1h') or positive integer seconds` : `RayService annotations is invalid: annotation ${INITIALIZING_TIMEOUT_ANNOTATION} must be a positive duration, got: ${text2}`;
    }
    return void 0;
  };
  const headPodOf = (ns, cluster) => store.scan(POD7, ns).find(
    (p) => p.metadata.labels?.[LABEL.cluster] === cluster.metadata.name && p.metadata.labels?.[LABEL.nodeType] === "head" && !p.metadata.deletionTimestamp
  );
  const labelHead = (ns, cluster) => {
    if (!cluster) return;
    const runtime = runtimeOf(cluster);
    const head = headPodOf(ns, cluster);
    if (!head) return;
    const serving = String(
      runtime !== void 0 && allRunning([...runtime.serve.apps.values()]) && Boolean(runtime.head())
    );
    if (head.metadata.labels?.[LABEL.serve] !== serving) {
      store.mutate(
        POD7,
        ns,
        head.metadata.name,
        (p) => void (p.metadata.labels = { ...p.metadata.labels, [LABEL.serve]: serving })
      );
    }
  };
  const headReady = (cluster) => {
    const head = headPodOf(cluster.metadata.namespace, cluster);
    return runtimeOf(cluster) !== void 0 && head !== void 0 && podReady(head);
  };
  const submit = (service, cluster) => {
    const runtime = runtimeOf(cluster);
    const serveConfig = dict(service.spec)["serveConfigV2"];
    if (!runtime || typeof serveConfig !== "string" || runtime.submittedConfig === serveConfig)
      return { submitted: false };
    const error = runtime.serve.deploy(serveConfig);
    if (error) return { error, submitted: false };
    runtime.submittedConfig = serveConfig;
    return { submitted: true };
  };
  const readApps = (cluster) => {
    const runtime = runtimeOf(cluster);
    if (!runtime) return void 0;
    const apps = [...runtime.serve.apps.values()];
    const applicationStatuses = Object.fromEntries(
      apps.map((app) => [
        app.name,
        {
          status: app.status,
          ...app.message ? { message: app.message } : {},
          serveDeploymentStatuses: Object.fromEntries(
            app.deployments.map((d) => [
              d.spec.name,
              { status: d.status, ...d.message ? { message: d.message } : {} }
            ])
          )
        }
      ])
    );
    return { ready: allRunning(apps), applicationStatuses };
  };
  const reconcileServe = (service, cluster) => {
    if (!headReady(cluster)) return { ready: false };
    const sent = submit(service, cluster);
    if (sent.error)
      record(
        service,
        "Warning",
        "FailedToUpdateServeApplications",
        `Failed to update serve applications to the RayCluster ${cluster.metadata.name}: ${sent.error}`
      );
    return readApps(cluster) ?? { ready: false };
  };
  const ensureService = (owner2, name2, selector, ports, headless) => {
    const ns = owner2.metadata.namespace;
    const existing = store.get(SERVICE3, ns, name2);
    if (!existing) {
      const spec = {
        ...headless ? { clusterIP: "None", publishNotReadyAddresses: true } : { type: "ClusterIP", clusterIP: `10.96.${random.int(0, 255)}.${random.int(1, 254)}` },
        selector,
        ports: ports.map((p) => ({ name: p.name, port: p.port, targetPort: p.port, protocol: "TCP" }))
      };
      return store.create(SERVICE3, ns, {
        apiVersion: "v1",
        kind: "Service",
        metadata: {
          name: name2,
          labels: { [LABEL.originName]: owner2.metadata.name },
          ownerReferences: [ownerReference(owner2)]
        },
        spec
      });
    }
    if (JSON.stringify(existing.spec.selector) === JSON.stringify(selector)) return existing;
    return store.mutate(SERVICE3, ns, name2, (s2) => void (s2.spec.selector = selector)) ?? existing;
  };
  const pointServicesAt = (service, cluster) => {
    const name2 = service.metadata.name;
    const clusterName = cluster.metadata.name;
    ensureService(
      service,
      headServiceName(name2),
      { [LABEL.cluster]: clusterName, [LABEL.nodeType]: "head" },
      headPorts(cluster),
      true
    );
    const servePorts = headPorts(cluster).filter((p) => p.name === "serve" || p.name.startsWith("serve-"));
    if (!servePorts.length) {
      record(
        service,
        "Warning",
        "FailedToCreateServeService",
        `The head container of ${clusterName} declares no port named "serve", so the serve Service ${serveServiceName(name2)} cannot be created`
      );
      return void 0;
    }
    const serve = ensureService(
      service,
      serveServiceName(name2),
      { [LABEL.cluster]: clusterName, [LABEL.serve]: "true" },
      servePorts,
      false
    );
    return serve.spec.selector?.[LABEL.cluster];
  };
  const serveEndpoints = (service) => {
    const slices = store.scan(SLICE2, service.metadata.namespace).filter((s2) => s2.metadata.labels?.["kubernetes.io/service-name"] === serveServiceName(service.metadata.name));
    const endpoints = slices.flatMap(
      (s2) => s2["endpoints"] ?? []
    );
    return new Set(endpoints.filter((e) => e.conditions?.ready).map((e) => e.targetRef?.uid)).size;
  };
  const writeStatus = (service, next, stamp = true) => {
    store.mutate(
      RAY_SERVICE,
      service.metadata.namespace,
      service.metadata.name,
      (s2) => {
        if (canonicalJson({ ...s2.status, lastUpdateTime: void 0 }) === canonicalJson({ ...next, lastUpdateTime: void 0 }))
          return;
        const lastUpdateTime = stamp ? timestamp(clock.now()) : s2.status?.lastUpdateTime;
        s2.status = { ...next, lastUpdateTime };
      },
      "status"
    );
  };
  const newClusterName = (service, active, pending, pendingServing) => shouldPrepareNewCluster(service, active, pending, pendingServing) ? clusterNameFor(service.metadata.name, random, features) : void 0;
  const recordRepeated = (service, reason, message) => {
    const uid = service.metadata.uid ?? "";
    if (repeated.get(uid) === reason) return;
    repeated.set(uid, reason);
    record(service, "Normal", reason, message);
  };
  const legacyKit = {
    features,
    now: () => clock.now(),
    record,
    recordRepeated,
    newClusterName: (service, active) => newClusterName(service, active, void 0, false),
    headReady,
    submit,
    readApps,
    labelHead: (cluster) => labelHead(cluster.metadata.namespace, cluster),
    pointServicesAt,
    serveEndpoints,
    write: writeStatus
  };
  const reportInvalid = (service, status2, invalid) => {
    const ns = service.metadata.namespace;
    if (features.metadataValidation === "condition") {
      const message = `The RayService metadata is invalid: ${invalid}`;
      const previous = status2.conditions?.find((c) => c.type === "Ready");
      if (previous?.reason !== "ValidationFailed" || previous.message !== message)
        record(service, "Warning", "InvalidRayServiceMetadata", `${ns}/${service.metadata.name}: ${message}`);
      writeStatus(
        service,
        applyConditions(status2, clock.now(), {
          known: features,
          ready: { status: "False", reason: "ValidationFailed", message }
        })
      );
      return;
    }
    const uid = service.metadata.uid ?? "";
    if (invalidSaid.get(uid) === invalid) return;
    invalidSaid.set(uid, invalid);
    record(
      service,
      "Warning",
      "InvalidRayServiceMetadata",
      `The RayService metadata is invalid ${ns}/${service.metadata.name}: ${invalid}`
    );
  };
  const reconcile = (service) => {
    const ns = service.metadata.namespace;
    const status2 = structuredClone(service.status ?? {});
    const clusters = store.list(RAY_CLUSTER2, ns).filter(
      (c) => c.metadata.labels?.[LABEL.originName] === service.metadata.name && c.metadata.labels?.[LABEL.originCrd] === "RayService"
    );
    const activeName = status2.activeServiceStatus?.rayClusterName ?? "";
    const pendingName = status2.pendingServiceStatus?.rayClusterName ?? "";
    const remaining = cleanUpClusters(service, clusters, new Set([activeName, pendingName].filter(Boolean)));
    if (service.metadata.deletionTimestamp) {
      if (!remaining)
        store.mutate(
          RAY_SERVICE,
          ns,
          service.metadata.name,
          (s2) => void (s2.metadata.finalizers = (s2.metadata.finalizers ?? []).filter((f) => f !== RAYSERVICE_FINALIZER))
        );
      return;
    }
    if (features.finalizer && !service.metadata.finalizers?.includes(RAYSERVICE_FINALIZER)) {
      store.mutate(
        RAY_SERVICE,
        ns,
        service.metadata.name,
        (s2) => void (s2.metadata.finalizers = [...s2.metadata.finalizers ?? [], RAYSERVICE_FINALIZER])
      );
      return;
    }
    const invalid = validationError(service);
    if (invalid) {
      reportInvalid(service, status2, invalid);
      return;
    }
    invalidSaid.delete(service.metadata.uid ?? "");
    const ready2 = status2.conditions?.find((c) => c.type === "Ready");
    if (ready2?.status === "False" && ready2.reason === "InitializingTimeout") return;
    let active = clusters.find((c) => c.metadata.name === activeName && !c.metadata.deletionTimestamp);
    let pending = clusters.find((c) => c.metadata.name === pendingName && !c.metadata.deletionTimestamp);
    if (pendingName && !pending) pending = createCluster(service, pendingName);
    if (shouldUpdateCluster(service, active, true)) active = updateCluster(service, active, "active");
    if (shouldUpdateCluster(service, pending, false)) pending = updateCluster(service, pending, "pending");
    if (features.statusModel === "serviceStatus") {
      reconcileLegacyStatus(service, status2, { active, pending }, legacyKit);
      return;
    }
    labelHead(ns, active);
    labelHead(ns, pending);
    const pendingServe = pending ? reconcileServe(service, pending) : void 0;
    const activeServe = active && !pending && !shouldPrepareNewCluster(service, active, void 0, false) ? reconcileServe(service, active) : void 0;
    const target = pendingServe?.ready ? pending : activeServe?.ready ? active : void 0;
    const servedBy = target ? pointServicesAt(service, target) : void 0;
    const next = { ...status2, observedGeneration: service.metadata.generation };
    next.activeServiceStatus = activeName ? {
      rayClusterName: activeName,
      rayClusterStatus: active?.status ?? {},
      ...activeServe?.applicationStatuses ? { applicationStatuses: activeServe.applicationStatuses } : {}
    } : void 0;
    next.pendingServiceStatus = pendingName ? {
      rayClusterName: pendingName,
      rayClusterStatus: pending?.status ?? {},
      ...pendingServe?.applicationStatuses ? { applicationStatuses: pendingServe.applicationStatuses } : {}
    } : void 0;
    let pendingServing = false;
    if (servedBy) {
      pendingServing = servedBy === pendingName;
      if (servedBy !== activeName) {
        next.activeServiceStatus = next.pendingServiceStatus;
        next.pendingServiceStatus = void 0;
      }
    }
    const prepared = newClusterName(service, active, pending, pendingServing);
    if (prepared) next.pendingServiceStatus = { rayClusterName: prepared };
    next.numServeEndpoints = serveEndpoints(service);
    const timeoutMs = features.initializingTimeout ? initializingTimeout(service) : void 0;
    writeStatus(
      service,
      applyConditions(next, clock.now(), {
        known: features,
        initializingTimeoutMs: timeoutMs,
        onTimeout: (message) => record(service, "Warning", "RayServiceInitializingTimeout", message)
      })
    );
  };
  return clock.every(REQUEUE_MS, () => {
    const services = store.list(RAY_SERVICE);
    for (const service of services) reconcile(service);
    const present = new Set(services.map((s2) => s2.metadata.uid ?? ""));
    for (const uid of [...repeated.keys(), ...invalidSaid.keys()]) {
      if (present.has(uid)) continue;
      repeated.delete(uid);
      invalidSaid.delete(uid);
    }
  });
}
var allRunning = (apps) => apps.length > 0 && apps.every((app) => app.status === "RUNNING");
function initializingTimeout(service) {
  const text2 = service.metadata.annotations?.[INITIALIZING_TIMEOUT_ANNOTATION];
  const timeout = text2 ? initializingTimeoutOf(text2) : void 0;
  return timeout && "ms" in timeout ? timeout.ms : void 0;
}

// src/sim/raycluster/autoscaler.ts
var RAY_CLUSTER3 = typeByKind("ray.io/v1", "RayCluster");
var DEFAULT_INTERVAL_S = 5;
var DEFAULT_IDLE_TIMEOUT_S = 60;
function updateIntervalS(cluster) {
  const env = list(dict(dict(cluster.spec)["autoscalerOptions"])["env"]);
  const setting = env.map(dict).find((e) => e["name"] === "AUTOSCALER_UPDATE_INTERVAL_S");
  return numberOr(Number(setting?.["value"]), DEFAULT_INTERVAL_S) || DEFAULT_INTERVAL_S;
}
function startAutoscaler(store, clock, runtime) {
  const idleSince = /* @__PURE__ */ new Map();
  let nextRun = 0;
  const patch = (cluster, operations2) => {
    const next = jsonPatch(cluster, operations2);
    store.update(RAY_CLUSTER3, next);
  };
  return clock.every(500, () => {
    const cluster = store.get(RAY_CLUSTER3, runtime.namespace, runtime.name);
    if (!cluster || cluster.metadata.deletionTimestamp || dict(cluster.spec)["enableInTreeAutoscaling"] !== true)
      return;
    const now = clock.now();
    if (now < nextRun) return;
    nextRun = now + updateIntervalS(cluster) * 1e3;
    const groups = rayGroups(cluster.spec, []).filter((g) => g.kind === "worker");
    const specs = list(dict(cluster.spec)["workerGroupSpecs"]).map(dict);
    const pods = runtime.pods().filter((p) => p.metadata.labels?.["ray.io/node-type"] === "worker");
    const nodes = new Set(runtime.nodes().map((n) => n.podName));
    const operations2 = [];
    groups.forEach((_group, i) => {
      const toDelete = list(dict(specs[i]?.["scaleStrategy"])["workersToDelete"]);
      if (toDelete.length && toDelete.every((name2) => !pods.some((p) => p.metadata.name === name2))) {
        operations2.push({
          op: "replace",
          path: `/spec/workerGroupSpecs/${i}/scaleStrategy`,
          value: { workersToDelete: [] }
        });
      }
    });
    let demands = runtime.serve.pendingGpuDemands();
    const replicas = groups.map((g, i) => {
      const live = pods.filter(
        (p) => p.metadata.labels?.["ray.io/group"] === g.name && !p.metadata.deletionTimestamp
      ).length;
      return Math.max(
        Math.min(Math.max(numberOr(specs[i]?.["replicas"], g.minReplicas), g.minReplicas), g.maxReplicas),
        live / g.numOfHosts
      );
    });
    groups.forEach((group, i) => {
      if (group.gpusPerPod <= 0) return;
      const coming = pods.filter(
        (p) => p.metadata.labels?.["ray.io/group"] === group.name && !nodes.has(p.metadata.name) && !p.metadata.deletionTimestamp
      ).length;
      let free = coming * group.gpusPerPod;
      demands = demands.filter((gpus) => {
        if (gpus > group.gpusPerPod) return true;
        if (free >= gpus) {
          free -= gpus;
          return false;
        }
        return true;
      });
      let added = 0;
      const fits = demands.filter((gpus) => gpus <= group.gpusPerPod);
      let room = 0;
      for (const gpus of fits) {
        if (room < gpus) {
          if (replicas[i] + added >= group.maxReplicas) break;
          added++;
          room += group.gpusPerPod;
        }
        room -= gpus;
      }
      if (added > 0) {
        replicas[i] = replicas[i] + added;
        operations2.push({
          op: specs[i] && "replicas" in specs[i] ? "replace" : "add",
          path: `/spec/workerGroupSpecs/${i}/replicas`,
          value: replicas[i]
        });
        demands = demands.filter((gpus) => gpus > group.gpusPerPod);
      }
    });
    const idleTimeoutS = numberOr(
      dict(dict(cluster.spec)["autoscalerOptions"])["idleTimeoutSeconds"],
      DEFAULT_IDLE_TIMEOUT_S
    );
    groups.forEach((group, i) => {
      const toDelete = [];
      for (const pod of pods.filter(
        (p) => p.metadata.labels?.["ray.io/group"] === group.name && nodes.has(p.metadata.name)
      )) {
        const name2 = pod.metadata.name;
        if (runtime.serve.replicasPlacedOn(name2) > 0) {
          idleSince.delete(name2);
          continue;
        }
        const since = idleSince.get(name2) ?? now;
        idleSince.set(name2, since);
        if (now - since >= idleTimeoutS * 1e3 && replicas[i] - toDelete.length > group.minReplicas)
          toDelete.push(name2);
      }
      if (toDelete.length && !list(dict(specs[i]?.["scaleStrategy"])["workersToDelete"]).length) {
        replicas[i] = replicas[i] - toDelete.length;
        operations2.push({
          op: specs[i] && "replicas" in specs[i] ? "replace" : "add",
          path: `/spec/workerGroupSpecs/${i}/replicas`,
          value: replicas[i]
        });
        operations2.push({
          op: specs[i]?.["scaleStrategy"] ? "replace" : "add",
          path: `/spec/workerGroupSpecs/${i}/scaleStrategy`,
          value: { workersToDelete: toDelete }
        });
        for (const name2 of toDelete) idleSince.delete(name2);
      }
    });
    if (operations2.length) patch(cluster, operations2);
  });
}

// src/sim/raycluster/runtime.ts
import { createHash as createHash3 } from "node:crypto";

// src/sim/serve/serve-controller.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/sim/serve/policy.ts
function policyVariant(version2) {
  if (version2 === void 0) return "v2.47";
  if (atLeast(version2, "2.55.0")) return "wrapper-clock";
  if (atLeast(version2, "2.50.0")) return "wrapper-ticks";
  return "v2.47";
}
var CONTROL_LOOP_INTERVAL_S = 0.1;
var ticks = (delayS) => Math.trunc(delayS / CONTROL_LOOP_INTERVAL_S);
function desiredReplicas247(config, total, running, min, max) {
  const errorRatio = total / (config.targetOngoingRequests * running);
  const factor = errorRatio >= 1 ? config.upscalingFactor : config.downscalingFactor;
  const smoothed = 1 + (errorRatio - 1) * factor;
  let desired = Math.ceil(running * smoothed);
  if (Math.ceil(running * errorRatio) < running && desired === running) desired -= 1;
  return Math.max(min, Math.min(max, desired));
}
function policy247(input, state) {
  const { config, target, running, totalRequests } = input;
  if (running === 0) return totalRequests > 0 ? Math.max(Math.ceil(config.upscalingFactor), target) : target;
  let counter = state.counter ?? 0;
  let decision = target;
  const desired = desiredReplicas247(config, totalRequests, running, input.minReplicas, input.maxReplicas);
  if (desired > target) {
    if (counter < 0) counter = 0;
    counter += 1;
    if (counter > ticks(config.upscaleDelayS)) {
      counter = 0;
      decision = desired;
    }
  } else if (desired < target) {
    if (counter > 0) counter = 0;
    counter -= 1;
    if (counter < -ticks(config.downscaleDelayS)) {
      counter = 0;
      decision = desired;
    }
  } else counter = 0;
  state.counter = counter;
  return decision;
}
function applyScalingFactors(desired, current, config) {
  const delta = desired - current;
  const factor = delta > 0 ? config.upscalingFactor : config.downscalingFactor;
  let scaled = Math.ceil(current + factor * delta);
  if (Math.ceil(desired) < current && scaled === current) scaled -= 1;
  return scaled;
}
function wrapped(input, state, clock) {
  const { config, target, running, totalRequests } = input;
  if (running === 0) return totalRequests > 0 ? Math.max(Math.ceil(config.upscalingFactor), target) : target;
  let desired = Math.max(0, applyScalingFactors(totalRequests / config.targetOngoingRequests, running, config));
  let delayS;
  let direction;
  if (desired > target) {
    delayS = config.upscaleDelayS;
    direction = 1;
  } else if (desired < target) {
    direction = -1;
    if (target === 1) delayS = config.downscaleToZeroDelayS ?? config.downscaleDelayS;
    else {
      delayS = config.downscaleDelayS;
      desired = Math.max(1, desired);
    }
  } else {
    delete state.counter;
    delete state.since;
    return target;
  }
  if (clock) {
    if (state.counter === void 0 || Math.sign(state.counter) !== direction) {
      state.counter = direction;
      state.since = input.nowS;
    }
    if (input.nowS - (state.since ?? input.nowS) + 1e-6 >= delayS) {
      delete state.counter;
      delete state.since;
      return desired;
    }
    return target;
  }
  let counter = state.counter ?? 0;
  if (Math.sign(counter) === -direction) counter = 0;
  counter += direction;
  if (Math.abs(counter) > ticks(delayS)) {
    delete state.counter;
    return desired;
  }
  state.counter = counter;
  return target;
}
function decide(variant, input, state) {
  switch (variant) {
    case "v2.47":
      return policy247(input, state);
    case "wrapper-ticks":
      return wrapped(input, state, false);
    case "wrapper-clock":
      return wrapped(input, state, true);
  }
}
function applyBounds(decision, min, max) {
  return Math.max(min, Math.min(max, decision));
}

// src/sim/serve/deployment-runtime.ts
var SAMPLE_INTERVAL_MS = 500;
var DeploymentRuntime = class {
  spec;
  target;
  status = "UPDATING";
  trigger = "CONFIG_UPDATE_STARTED";
  message = "";
  everHealthy = false;
  replicas = [];
  /** Decisions as they happen, for the sim's own timeline and tests. */
  decisions = [];
  waiting = [];
  policyState = {};
  samples = [];
  /**
   * Replicas the handle has sent a request to. Ray's router records a metrics point only for those (its
   * num_requests_sent_to_replicas gains a key on the first request: python/ray/serve/_private/router.py,
   * _add_autoscaling_metrics_point), so a replica that had no request before a load has no zeros in its window and
   * the first averaged push already shows the load. Seen against real 2.47.1: the sim decided 0.5–1 s late without it.
   */
  routed = /* @__PURE__ */ new Set();
  lastSample = -Infinity;
  lastPush = -Infinity;
  pushed = { queued: 0, running: /* @__PURE__ */ new Map() };
  clock;
  random;
  variant;
  constructor(spec, clock, random, variant) {
    this.spec = spec;
    this.clock = clock;
    this.random = random;
    this.variant = variant;
    const a = spec.autoscaling;
    this.target = a ? applyBounds(a.initialReplicas ?? a.minReplicas, a.minReplicas, a.maxReplicas) : spec.fixedReplicas;
  }
  /**
   * A config update of a running deployment (Serve's `register` on a changed config): replicas stay; the target is
   * re-bounded, or set to initial_replicas when that is given; status UPDATING until it is healthy again.
   */
  reconfigure(spec) {
    if (JSON.stringify(spec) === JSON.stringify(this.spec)) return;
    this.spec = spec;
    const a = spec.autoscaling;
    this.target = a ? applyBounds(a.initialReplicas ?? this.target, a.minReplicas, a.maxReplicas) : spec.fixedReplicas;
    for (const key2 of Object.keys(this.policyState)) delete this.policyState[key2];
    this.status = "UPDATING";
    this.trigger = "CONFIG_UPDATE_STARTED";
    this.message = "";
  }
  get queued() {
    return this.waiting.length;
  }
  get running() {
    return this.replicas.filter((r) => r.state === "RUNNING");
  }
  /** What the controller sums for the policy: queued at the handle plus running on RUNNING replicas (simple mode). */
  get totalRequests() {
    let total = this.pushed.queued;
    for (const replica of this.running) total += this.pushed.running.get(replica.id) ?? 0;
    return total;
  }
  /** One control-loop step: metrics, the autoscaling decision, status. Replica start/stop is the controller's. */
  tick() {
    const now = this.clock.now();
    this.recordMetrics(now);
    const a = this.spec.autoscaling;
    if (a) {
      const running = this.running.length;
      const decision = applyBounds(
        decide(
          this.variant,
          {
            target: this.target,
            running,
            totalRequests: this.totalRequests,
            config: a,
            minReplicas: a.minReplicas,
            maxReplicas: a.maxReplicas,
            nowS: now / 1e3
          },
          this.policyState
        ),
        a.minReplicas,
        a.maxReplicas
      );
      if (decision !== this.target) {
        this.decisions.push({ t: now, from: this.target, to: decision, total: this.totalRequests });
        const up = decision > this.target;
        this.message = `${up ? "Upscaling" : "Downscaling"} from ${this.target} to ${decision} replicas.`;
        this.target = decision;
        if (this.status !== "UNHEALTHY") {
          this.status = up ? "UPSCALING" : "DOWNSCALING";
          this.trigger = "AUTOSCALING";
        }
      }
    }
    this.updateStatus();
  }
  recordMetrics(now) {
    const a = this.spec.autoscaling;
    const intervalMs = Math.min(SAMPLE_INTERVAL_MS, (a?.metricsIntervalS ?? 10) * 1e3);
    if (now - this.lastSample >= intervalMs) {
      this.lastSample = now;
      for (const id of this.routed) if (!this.replicas.some((r) => r.id === id)) this.routed.delete(id);
      this.samples.push({
        t: now,
        running: new Map(this.running.filter((r) => this.routed.has(r.id)).map((r) => [r.id, r.ongoing]))
      });
      const lookBackMs = (a?.lookBackPeriodS ?? 30) * 1e3;
      this.samples = this.samples.filter((s2) => s2.t > now - lookBackMs);
    }
    const coldStart = this.running.length === 0 && this.waiting.length > 0;
    if (now - this.lastPush >= (a?.metricsIntervalS ?? 10) * 1e3 || coldStart) {
      this.lastPush = now;
      const running = /* @__PURE__ */ new Map();
      for (const replica of this.running) {
        const values = this.samples.map((s2) => s2.running.get(replica.id)).filter((v) => v !== void 0);
        const mean = values.length ? values.reduce((x, y) => x + y, 0) / values.length : 0;
        running.set(replica.id, mean || replica.ongoing);
      }
      this.pushed = { queued: this.waiting.length, running };
    }
  }
  updateStatus() {
    const settled2 = this.replicas.every((r) => r.state === "RUNNING") && this.running.length === this.target;
    if (!settled2) return;
    if (this.status === "UPSCALING") this.trigger = "UPSCALE_COMPLETED";
    else if (this.status === "DOWNSCALING") this.trigger = "DOWNSCALE_COMPLETED";
    else if (this.status === "UPDATING") this.trigger = "CONFIG_UPDATE_COMPLETED";
    else if (this.status === "UNHEALTHY") this.trigger = "UNSPECIFIED";
    if (this.status !== "HEALTHY") this.message = "";
    this.status = "HEALTHY";
    this.everHealthy = true;
  }
  /** Takes a slot on a RUNNING replica (power of two choices), or waits in the queue; undefined when the queue is full. */
  acquire() {
    const lease = this.tryAssign();
    if (lease) return Promise.resolve(lease);
    if (this.spec.maxQueuedRequests >= 0 && this.waiting.length >= this.spec.maxQueuedRequests) return void 0;
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }
  tryAssign() {
    const open = this.running.filter((r) => r.ongoing < this.spec.maxOngoingRequests);
    if (!open.length) return void 0;
    const a = open[Math.floor(this.random.next() * open.length)];
    const b = open[Math.floor(this.random.next() * open.length)];
    const replica = b.ongoing < a.ongoing ? b : a;
    replica.ongoing++;
    this.routed.add(replica.id);
    let released = false;
    return {
      replica,
      release: () => {
        if (released) return;
        released = true;
        replica.ongoing = Math.max(0, replica.ongoing - 1);
        this.drainQueue();
      }
    };
  }
  /** Hands queued requests to replicas that have room (after a release or a replica turning RUNNING). */
  drainQueue() {
    while (this.waiting.length) {
      const lease = this.tryAssign();
      if (!lease) return;
      this.waiting.shift().resolve(lease);
    }
  }
  /** Rejects every queued request (the deployment is going away). */
  abandonQueue(reason) {
    for (const waiter of this.waiting.splice(0)) waiter.reject(new Error(reason));
  }
};

// src/sim/serve/serve-controller.ts
var CONTROL_LOOP_MS = 100;
var ServeController = class {
  apps = /* @__PURE__ */ new Map();
  controllerActorId;
  /** HTTP requests by "application|route|method|status", for ray_serve_num_http_requests_total. */
  httpRequests = /* @__PURE__ */ new Map();
  deps;
  constructor(deps) {
    this.deps = deps;
    this.controllerActorId = hex(deps.random, 32);
  }
  get deployments() {
    return [...this.apps.values()].flatMap((app) => app.deployments);
  }
  /** PUT /api/serve/applications/: returns an error message for a config Ray would reject. */
  deploy(serveConfig) {
    let config;
    try {
      config = typeof serveConfig === "string" ? dict((0, import_yaml3.parse)(serveConfig)) : serveConfig;
    } catch (error) {
      return `Failed to parse serveConfigV2: ${error.message.split("\n")[0]}`;
    }
    const apps = serveApps(config);
    if (!apps.length) return "serveConfigV2 has no applications.";
    const variant = policyVariant(this.deps.rayVersion);
    const nowS = this.deps.clock.now() / 1e3;
    const rawApps = list(config["applications"]);
    for (const [name2, app] of this.apps) {
      if (apps.some((a) => a.name === name2)) continue;
      for (const d of app.deployments) {
        d.target = 0;
        d.abandonQueue(`application ${name2} was deleted`);
      }
      app.status = "DELETING";
    }
    for (const app of apps) {
      const specs = this.specsOf(config, app.index, app.name, app.isLlm);
      const existing = this.apps.get(app.name);
      if (existing && existing.status !== "DELETING") {
        if (JSON.stringify(existing.config) === JSON.stringify(dict(rawApps[app.index]))) continue;
        const kept = specs.map((spec) => {
          const current = existing.deployments.find((d) => d.spec.name === spec.name);
          if (current) {
            current.reconfigure(spec);
            return current;
          }
          return new DeploymentRuntime(spec, this.deps.clock, this.deps.random, variant);
        });
        for (const gone2 of existing.deployments.filter((d) => !kept.includes(d)))
          gone2.abandonQueue(`deployment ${gone2.spec.name} was removed`);
        this.apps.set(app.name, {
          ...existing,
          config: dict(rawApps[app.index]),
          deployedAtS: nowS,
          deployments: kept,
          status: "DEPLOYING",
          message: ""
        });
        for (const d of kept) d.everHealthy = d.status === "HEALTHY";
        continue;
      }
      this.apps.set(app.name, {
        name: app.name,
        routePrefix: app.routePrefix === void 0 ? "/" : app.routePrefix,
        importPath: app.importPath ?? "",
        config: dict(rawApps[app.index]),
        deployedAtS: nowS,
        deployments: specs.map((spec) => new DeploymentRuntime(spec, this.deps.clock, this.deps.random, variant)),
        isLlm: app.isLlm,
        status: "DEPLOYING",
        message: ""
      });
    }
    return void 0;
  }
  specsOf(config, appIndex, appName, isLlm) {
    const version2 = this.deps.rayVersion;
    const models2 = serveDeployments(config, version2).filter((d) => d.appIndex === appIndex);
    const specs = models2.map((model) => {
      const effective = effectiveDeployment(model, version2);
      const options = model.options;
      const autoscaling = effective.mode === "autoscaling" ? effective.autoscaling : void 0;
      return {
        app: appName,
        name: model.name,
        autoscaling,
        fixedReplicas: effective.fixedReplicas ?? 1,
        maxOngoingRequests: effective.maxOngoingRequests ?? 5,
        maxQueuedRequests: numberOr(options["max_queued_requests"], -1),
        gpusPerReplica: model.gpusPerReplica ?? 0,
        gracefulShutdownTimeoutS: numberOr(options["graceful_shutdown_timeout_s"], 20),
        gracefulShutdownWaitLoopS: numberOr(options["graceful_shutdown_wait_loop_s"], 2),
        ...model.llm ? { model: { id: model.llm.modelId, maxModelLen: model.llm.maxModelLen ?? null } } : {},
        reportedConfig: reported(model.name, options, autoscaling, effective.maxOngoingRequests ?? 5)
      };
    });
    if (isLlm && specs.length) {
      const ingress = llmIngress(dict(dict(list(config["applications"])[appIndex])["args"]), version2);
      const autoscaling = {
        minReplicas: ingress.minReplicas,
        initialReplicas: ingress.initialReplicas,
        maxReplicas: ingress.maxReplicas,
        targetOngoingRequests: ingress.targetOngoingRequests,
        upscaleDelayS: 30,
        downscaleDelayS: 600,
        downscaleToZeroDelayS: void 0,
        upscalingFactor: 1,
        downscalingFactor: 1,
        lookBackPeriodS: 30,
        metricsIntervalS: 10
      };
      specs.unshift({
        app: appName,
        name: ingress.name,
        autoscaling,
        fixedReplicas: ingress.initialReplicas,
        maxOngoingRequests: ingress.maxOngoingRequests,
        maxQueuedRequests: -1,
        gpusPerReplica: 0,
        gracefulShutdownTimeoutS: 20,
        ingress: true,
        reportedConfig: reported(ingress.name, {}, autoscaling, ingress.maxOngoingRequests)
      });
    }
    if (!specs.length) {
      specs.push({
        app: appName,
        name: "default",
        autoscaling: void 0,
        fixedReplicas: 1,
        maxOngoingRequests: 5,
        maxQueuedRequests: -1,
        gpusPerReplica: 0,
        gracefulShutdownTimeoutS: 20,
        reportedConfig: reported("default", {}, void 0, 5)
      });
    }
    return specs;
  }
  /** One control-loop step for every deployment. */
  tick() {
    const now = this.deps.clock.now();
    const nodes = this.deps.nodes();
    const alive = new Set(nodes.map((n) => n.podName));
    for (const deployment of this.deployments) {
      deployment.replicas = deployment.replicas.filter((r) => !r.node || alive.has(r.node.podName));
      deployment.tick();
      this.scale(deployment);
      for (const replica of deployment.replicas) {
        if (replica.state === "STARTING" && replica.readyAt !== void 0 && replica.readyAt <= now) {
          replica.state = "RUNNING";
          replica.pid = this.deps.random.int(300, 9e3);
          deployment.drainQueue();
        }
      }
      deployment.replicas = deployment.replicas.filter((r) => !stopped(r, now, deployment.spec));
    }
    this.place(nodes);
    for (const [name2, app] of this.apps) {
      if (app.status === "DEPLOYING" && app.deployments.every((d) => d.everHealthy)) app.status = "RUNNING";
      if (app.status === "DELETING" && app.deployments.every((d) => d.replicas.length === 0)) this.apps.delete(name2);
    }
  }
  scale(deployment) {
    const now = this.deps.clock.now();
    const active = deployment.replicas.filter((r) => r.state !== "STOPPING");
    const delta = deployment.target - active.length;
    if (delta > 0) {
      for (let i = 0; i < delta; i++) {
        deployment.replicas.push({
          id: this.deps.random.suffix(8),
          state: "STARTING",
          node: void 0,
          gpus: deployment.spec.gpusPerReplica,
          ongoing: 0,
          startTimeS: now / 1e3,
          pid: null,
          actorId: null,
          readyAt: void 0,
          stopBy: void 0
        });
      }
    } else if (delta < 0) {
      const perNode = /* @__PURE__ */ new Map();
      for (const r of active) if (r.node) perNode.set(r.node.podName, (perNode.get(r.node.podName) ?? 0) + 1);
      const rank = (r) => [
        r.state !== "RUNNING" ? 0 : 1,
        r.node?.isHead ? 1 : 0,
        r.node ? perNode.get(r.node.podName) ?? 0 : 0,
        -r.startTimeS
      ];
      const order = [...active].sort((a, b) => {
        const ra = rank(a);
        const rb = rank(b);
        for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
        return 0;
      });
      for (const replica of order.slice(0, -delta)) {
        replica.state = "STOPPING";
        replica.stopBy = now + deployment.spec.gracefulShutdownTimeoutS * 1e3;
        replica.drainCheckAt = now + (deployment.spec.gracefulShutdownWaitLoopS ?? 2) * 1e3;
      }
    }
  }
  /** GPUs held on a node by replicas that are placed there. */
  usedGpus(podName) {
    let used = 0;
    for (const d of this.deployments) for (const r of d.replicas) if (r.node?.podName === podName) used += r.gpus;
    return used;
  }
  /**
   * Replicas placed on a node in any state: a stopping replica's actor holds its resources until it exits, so its
   * node is not idle to the Ray autoscaler (python/ray/autoscaler/_private/autoscaler.py terminates a worker idle
   * past idle_timeout_minutes by load_metrics' last-used time, which moves while any resource is in use).
   */
  replicasPlacedOn(podName) {
    let count = 0;
    for (const d of this.deployments) for (const r of d.replicas) if (r.node?.podName === podName) count++;
    return count;
  }
  replicasOn(podName) {
    let count = 0;
    for (const d of this.deployments)
      for (const r of d.replicas) if (r.node?.podName === podName && r.state !== "STOPPING") count++;
    return count;
  }
  place(nodes) {
    const now = this.deps.clock.now();
    for (const deployment of this.deployments) {
      for (const replica of deployment.replicas) {
        if (replica.node || replica.state !== "STARTING") continue;
        const node2 = replica.gpus > 0 ? nodes.find((n) => n.gpus - this.usedGpus(n.podName) >= replica.gpus) : nodes.find((n) => n.isHead) ?? nodes[0];
        if (!node2) continue;
        replica.node = node2;
        replica.actorId = hex(this.deps.random, 32);
        replica.readyAt = now + this.deps.startupMs(node2, deployment.spec);
      }
    }
  }
  /** GPU bundles of replicas waiting for resources: what `ray status` lists as pending demands. */
  pendingGpuDemands() {
    return this.deployments.flatMap(
      (d) => d.replicas.filter((r) => r.state === "STARTING" && !r.node && r.gpus > 0).map((r) => r.gpus)
    );
  }
  shutdown() {
    for (const d of this.deployments) d.abandonQueue("Serve is shutting down");
    this.apps.clear();
  }
};
function stopped(replica, now, spec) {
  if (replica.state !== "STOPPING") return false;
  if ((replica.stopBy ?? 0) <= now) return true;
  if (replica.drainCheckAt === void 0) return replica.ongoing === 0;
  if (now < replica.drainCheckAt) return false;
  if (replica.ongoing === 0) return true;
  replica.drainCheckAt += (spec.gracefulShutdownWaitLoopS ?? 2) * 1e3;
  return false;
}
function hex(random, length) {
  return Array.from({ length }, () => random.int(0, 15).toString(16)).join("");
}
function reported(name2, options, autoscaling, maxOngoing) {
  const { autoscaling_config: _a, num_replicas: numReplicas, ...rest } = options;
  return {
    name: name2,
    max_ongoing_requests: maxOngoing,
    max_queued_requests: -1,
    user_config: null,
    ...autoscaling ? {
      autoscaling_config: {
        min_replicas: autoscaling.minReplicas,
        initial_replicas: autoscaling.initialReplicas ?? null,
        max_replicas: autoscaling.maxReplicas,
        target_ongoing_requests: autoscaling.targetOngoingRequests,
        metrics_interval_s: autoscaling.metricsIntervalS,
        look_back_period_s: autoscaling.lookBackPeriodS,
        smoothing_factor: 1,
        upscale_smoothing_factor: null,
        downscale_smoothing_factor: null,
        upscaling_factor: autoscaling.upscalingFactor === 1 ? null : autoscaling.upscalingFactor,
        downscaling_factor: autoscaling.downscalingFactor === 1 ? null : autoscaling.downscalingFactor,
        downscale_delay_s: autoscaling.downscaleDelayS,
        upscale_delay_s: autoscaling.upscaleDelayS
      }
    } : { num_replicas: typeof numReplicas === "number" ? numReplicas : 1 },
    graceful_shutdown_wait_loop_s: 2,
    graceful_shutdown_timeout_s: 20,
    health_check_period_s: 10,
    health_check_timeout_s: 30,
    ...rest
  };
}

// src/sim/raycluster/runtime.ts
var POD8 = typeByKind("v1", "Pod");
var RayClusterRuntime = class {
  namespace;
  name;
  rayVersion;
  serve;
  sessionName;
  deps;
  stopLoop;
  /** Serve config last submitted, so KubeRay submits once per cluster. */
  submittedConfig;
  constructor(cluster, deps) {
    this.deps = deps;
    this.namespace = cluster.metadata.namespace;
    this.name = cluster.metadata.name;
    this.rayVersion = parseRayVersion(stringOr(dict(cluster.spec)["rayVersion"], "") ?? "");
    this.sessionName = `session_${new Date(deps.clock.now()).toISOString().replace(/[-:T]/g, "_").slice(0, 19)}_${deps.random.int(1e5, 999999)}_1`;
    this.serve = new ServeController({
      clock: deps.clock,
      random: deps.random,
      rayVersion: this.rayVersion,
      nodes: () => this.nodes(),
      startupMs: (node2, spec) => {
        const pod = deps.store.get(POD8, this.namespace, node2.podName);
        return spec.gpusPerReplica > 0 && pod ? stageDelay(deps.profile, "model-load", pod, deps.random) : 500;
      }
    });
    this.stopLoop = deps.clock.every(CONTROL_LOOP_MS, () => this.serve.tick());
  }
  /** The sim's time, for answers that carry a timestamp (the dashboard's cluster status). */
  now() {
    return this.deps.clock.now();
  }
  cluster() {
    return this.deps.store.get(typeByKind("ray.io/v1", "RayCluster"), this.namespace, this.name);
  }
  /** The cluster's pods as the store holds them (frozen, not copies): Serve's control loop reads them every tick. */
  pods() {
    return this.deps.store.scan(POD8, this.namespace).filter((p) => p.metadata.labels?.["ray.io/cluster"] === this.name);
  }
  /** Ray nodes: started pods that are not being deleted. */
  nodes() {
    const cluster = this.cluster();
    const groups = rayGroups(dict(cluster?.spec), []);
    return this.pods().filter((pod) => !pod.metadata.deletionTimestamp && this.deps.started(pod)).map((pod) => {
      const isHead = pod.metadata.labels?.["ray.io/node-type"] === "head";
      const groupName = pod.metadata.labels?.["ray.io/group"] ?? "";
      const group = groups.find((g) => isHead ? g.kind === "head" : g.name === groupName);
      return {
        podName: pod.metadata.name,
        nodeId: createHash3("sha224").update(pod.metadata.uid).digest("hex"),
        ip: String(pod.status?.podIP ?? ""),
        gpus: group?.gpusPerPod ?? 0,
        isHead,
        group: isHead ? "headgroup" : groupName
      };
    });
  }
  head() {
    return this.nodes().find((n) => n.isHead);
  }
  stop() {
    this.stopLoop();
    this.serve.shutdown();
  }
};

// src/sim/world.ts
var RAY_CLUSTER4 = typeByKind("ray.io/v1", "RayCluster");
function startWorld(store, clock, random, profile, kuberay = {}) {
  const runtimes = /* @__PURE__ */ new Map();
  const key2 = (namespace, name2) => `${namespace}/${name2}`;
  const runtimeFor = (namespace, name2) => runtimes.get(key2(namespace, name2));
  const record = eventRecorder(store, clock, "kuberay-operator");
  const kubeletRecord = eventRecorder(store, clock, "kubelet");
  const kubelet = startKubelet(store, clock, random, profile, kubeletRecord, (pod) => {
    const nodeType = pod.metadata.labels?.[LABEL.nodeType];
    if (nodeType !== "worker" || pod.metadata.labels?.[LABEL.serve] !== "true") return true;
    const runtime = runtimeFor(pod.metadata.namespace, pod.metadata.labels?.[LABEL.cluster] ?? "");
    return (runtime?.serve.replicasOn(pod.metadata.name) ?? 0) > 0;
  });
  const syncRuntimes = () => {
    const seen = /* @__PURE__ */ new Set();
    for (const cluster of store.list(RAY_CLUSTER4)) {
      if (cluster.metadata.deletionTimestamp) continue;
      const k = key2(cluster.metadata.namespace, cluster.metadata.name);
      seen.add(k);
      if (!runtimes.has(k)) {
        const runtime = new RayClusterRuntime(cluster, {
          store,
          clock,
          random,
          profile,
          started: (pod) => kubelet.started(pod)
        });
        runtime.stopAutoscaler = startAutoscaler(store, clock, runtime);
        runtimes.set(k, runtime);
      }
    }
    for (const [k, runtime] of runtimes) {
      if (seen.has(k)) continue;
      runtime.stop();
      runtime.stopAutoscaler?.();
      runtimes.delete(k);
    }
  };
  const stops = [
    clock.every(250, syncRuntimes),
    startNamespaceController(store, clock),
    startScheduler(store, clock, eventRecorder(store, clock, "default-scheduler")),
    startEndpointsController(store, clock, random),
    startQuotaStatus(store, clock)
  ];
  const kuberayStops = [
    startRayClusterController(store, clock, random, record, kuberay.features),
    startRayServiceController(
      store,
      clock,
      random,
      record,
      (cluster) => {
        syncRuntimes();
        return runtimeFor(cluster.metadata.namespace, cluster.metadata.name);
      },
      kuberay
    )
  ];
  const stopKubeRay = () => kuberayStops.splice(0).forEach((stop) => stop());
  stops.push(stopKubeRay);
  return {
    runtimes,
    runtimeFor,
    kubelet,
    kuberay: { stop: stopKubeRay },
    stop() {
      for (const stop of stops) stop();
      kubelet.stop();
      for (const runtime of runtimes.values()) {
        runtime.stop();
        runtime.stopAutoscaler?.();
      }
      runtimes.clear();
    }
  };
}

// src/sim/metrics.ts
import { createHash as createHash4 } from "node:crypto";
var Exposition = class {
  families = /* @__PURE__ */ new Map();
  add(name2, type, help, labels, value) {
    let family = this.families.get(name2);
    if (!family) this.families.set(name2, family = { help, type, lines: [] });
    const text2 = Object.entries(labels).map(([k, v]) => `${k}="${String(v).replaceAll("\\", "\\\\").replaceAll('"', '\\"').replaceAll("\n", "\\n")}"`).join(",");
    family.lines.push(`${name2}{${text2}} ${Number.isFinite(value) ? value : 0}`);
  }
  toString() {
    return [...this.families].map(([name2, f]) => `# HELP ${name2} ${f.help}
# TYPE ${name2} ${f.type}
${f.lines.join("\n")}
`).join("");
  }
};
function utilization(ongoing, loading) {
  if (loading) return 5;
  if (ongoing === 0) return 0;
  return Math.min(100, Math.round(35 + 15 * ongoing));
}
var FB_TOTAL_MIB = 46068;
var FB_MODEL_MIB = Math.round(FB_TOTAL_MIB * 0.9);
function serveMetrics(out, runtime, onPod) {
  const isHead = onPod === void 0 || runtime.head()?.podName === onPod;
  for (const app of runtime.serve.apps.values()) {
    for (const d of app.deployments) {
      const base = { application: app.name, deployment: d.spec.name };
      for (const r of d.replicas) {
        if (r.state === "STARTING" || onPod !== void 0 && r.node?.podName !== onPod) continue;
        out.add(
          "ray_serve_deployment_replica_healthy",
          "gauge",
          "Tracks whether this deployment replica is healthy. 1 means healthy, 0 means unhealthy.",
          { ...base, replica: r.id },
          r.state === "RUNNING" ? 1 : 0
        );
        out.add(
          "ray_serve_replica_processing_queries",
          "gauge",
          "The current number of queries being processed.",
          { ...base, replica: r.id },
          r.ongoing
        );
      }
      if (!isHead) continue;
      const handle = { ...base, handle: `${app.name}#${d.spec.name}#proxy`, actor_id: runtime.serve.controllerActorId };
      out.add(
        "ray_serve_num_ongoing_requests_at_replicas",
        "gauge",
        "The current number of requests to this deployment that have been submitted to a replica.",
        handle,
        d.replicas.reduce((s2, r) => s2 + r.ongoing, 0)
      );
      out.add(
        "ray_serve_deployment_queued_queries",
        "gauge",
        "The current number of queries to this deployment waiting to be assigned to a replica.",
        handle,
        d.queued
      );
      out.add(
        "ray_serve_autoscaling_target_replicas",
        "gauge",
        "The target number of replicas the autoscaler has decided on.",
        base,
        d.target
      );
      out.add(
        "ray_serve_autoscaling_total_requests",
        "gauge",
        "Queued plus running requests as the autoscaling policy saw them.",
        base,
        d.totalRequests
      );
    }
  }
  if (!isHead) return;
  for (const [key2, count] of runtime.serve.httpRequests) {
    const [application, route2, method, code] = key2.split("|");
    out.add(
      "ray_serve_num_http_requests_total",
      "counter",
      "The number of HTTP requests processed.",
      { application, route: route2, method, status_code: code },
      count
    );
  }
}
function gpuMetrics(out, runtime, onPod) {
  const pods = runtime.pods();
  for (const node2 of runtime.nodes()) {
    if (node2.gpus <= 0 || onPod !== void 0 && node2.podName !== onPod) continue;
    const pod = pods.find((p) => p.metadata.name === node2.podName);
    if (!pod) continue;
    const perGpu = [];
    for (const d of runtime.serve.deployments) {
      for (const r of d.replicas) {
        if (r.node?.podName !== node2.podName) continue;
        for (let g = 0; g < r.gpus; g++) perGpu.push({ ongoing: r.ongoing, loading: r.state === "STARTING" });
      }
    }
    for (let index = 0; index < node2.gpus; index++) {
      const uuid = createHash4("sha1").update(`${pod.metadata.uid}/${index}`).digest("hex");
      const labels = {
        gpu: String(index),
        UUID: `GPU-${uuid.slice(0, 8)}-${uuid.slice(8, 12)}-${uuid.slice(12, 16)}-${uuid.slice(16, 20)}-${uuid.slice(20, 32)}`,
        pci_bus_id: `00000000:00:${(30 + index).toString(16).toUpperCase().padStart(2, "0")}.0`,
        device: `nvidia${index}`,
        modelName: "NVIDIA L40S",
        Hostname: String(pod.spec?.nodeName ?? ""),
        container: String(pod.spec?.containers?.[0]?.name ?? ""),
        namespace: runtime.namespace,
        pod: pod.metadata.name
      };
      const load = perGpu[index];
      const rayLabels = {
        ip: node2.ip,
        GpuIndex: String(index),
        GpuDeviceName: "NVIDIA L40S",
        SessionName: runtime.sessionName,
        IsHeadNode: String(node2.isHead),
        RayNodeType: node2.isHead ? "head" : "worker"
      };
      out.add(
        "ray_node_gpus_utilization",
        "gauge",
        "The GPU utilization per GPU as a percentage quantity (0..NGPU*100)",
        rayLabels,
        load ? utilization(load.ongoing, load.loading) : 0
      );
      out.add(
        "ray_node_gram_used",
        "gauge",
        "The amount of GPU memory used per GPU, in megabytes.",
        rayLabels,
        load ? FB_MODEL_MIB : 0
      );
      if (onPod !== void 0) continue;
      out.add(
        "DCGM_FI_DEV_GPU_UTIL",
        "gauge",
        "GPU utilization (in %).",
        labels,
        load ? utilization(load.ongoing, load.loading) : 0
      );
      out.add(
        "DCGM_FI_DEV_FB_USED",
        "gauge",
        "Framebuffer memory used (in MiB).",
        labels,
        load ? load.loading ? Math.round(FB_MODEL_MIB / 2) : FB_MODEL_MIB : 0
      );
      out.add(
        "DCGM_FI_DEV_FB_FREE",
        "gauge",
        "Framebuffer memory free (in MiB).",
        labels,
        FB_TOTAL_MIB - (load ? FB_MODEL_MIB : 0)
      );
    }
  }
}
function exposition(runtimes) {
  const out = new Exposition();
  for (const runtime of runtimes) {
    serveMetrics(out, runtime);
    gpuMetrics(out, runtime);
  }
  return out.toString();
}
function podExposition(runtime, podName) {
  const out = new Exposition();
  serveMetrics(out, runtime, podName);
  gpuMetrics(out, runtime, podName);
  return out.toString();
}

// src/sim/serve/dashboard.ts
var json = sendJson;
function actor(nodeId, ip, actorId, name2, log) {
  return {
    node_id: nodeId ?? null,
    node_ip: ip ?? null,
    node_instance_id: "",
    actor_id: actorId,
    actor_name: name2,
    worker_id: actorId ? `${actorId}${actorId}`.slice(0, 56) : null,
    log_file_path: actorId ? log : null
  };
}
function serveInstanceDetails(runtime) {
  const serve = runtime.serve;
  if (serve.apps.size === 0)
    return { deploy_mode: "MULTI_APP", controller_info: {}, proxies: {}, applications: {}, target_capacity: null };
  const head = runtime.head();
  const nodesWithReplicas = runtime.nodes().filter((n) => n.isHead || serve.replicasOn(n.podName) > 0);
  return {
    controller_info: actor(
      head?.nodeId,
      head?.ip,
      serve.controllerActorId,
      "SERVE_CONTROLLER_ACTOR",
      "/serve/controller.log"
    ),
    proxy_location: "EveryNode",
    http_options: { host: "0.0.0.0", port: 8e3 },
    grpc_options: { port: 9e3, grpc_servicer_functions: [] },
    proxies: Object.fromEntries(
      nodesWithReplicas.map((n) => [
        n.nodeId,
        {
          ...actor(n.nodeId, n.ip, n.nodeId.slice(0, 32), `SERVE_PROXY_ACTOR-${n.nodeId}`, `/serve/proxy_${n.ip}.log`),
          status: "HEALTHY"
        }
      ])
    ),
    deploy_mode: "MULTI_APP",
    applications: Object.fromEntries(
      [...serve.apps.values()].map((app) => [
        app.name,
        {
          name: app.name,
          route_prefix: app.routePrefix,
          docs_path: app.isLlm ? "/docs" : null,
          status: app.status,
          message: app.message,
          last_deployed_time_s: app.deployedAtS,
          deployed_app_config: app.config,
          source: "declarative",
          deployments: Object.fromEntries(
            app.deployments.map((d) => [
              d.spec.name,
              {
                name: d.spec.name,
                status: d.status,
                status_trigger: d.trigger,
                message: d.message,
                deployment_config: d.spec.reportedConfig,
                target_num_replicas: d.target,
                required_resources: { CPU: 1 },
                replicas: d.replicas.map((r) => ({
                  ...actor(
                    r.node?.nodeId,
                    r.node?.ip,
                    r.actorId,
                    `SERVE_REPLICA::${app.name}#${d.spec.name}#${r.id}`,
                    `/serve/replica_${app.name}_${d.spec.name}_${r.id}.log`
                  ),
                  replica_id: r.id,
                  state: r.state,
                  pid: r.pid,
                  start_time_s: r.startTimeS
                }))
              }
            ])
          )
        }
      ])
    ),
    target_capacity: null
  };
}
function clusterStatus(runtime, nowMs) {
  const nodes = runtime.nodes();
  const pods = runtime.pods().filter((p) => !p.metadata.deletionTimestamp);
  const started = new Set(nodes.map((n) => n.podName));
  const typeOf = (n) => n.isHead ? "headgroup" : n.group;
  const active = nodes.reduce(
    (acc, n) => ({ ...acc, [typeOf(n)]: (acc[typeOf(n)] ?? 0) + 1 }),
    {}
  );
  const pending = pods.filter((p) => !started.has(p.metadata.name)).map((p) => [
    String(p.status?.podIP ?? ""),
    p.metadata.labels?.["ray.io/node-type"] === "head" ? "headgroup" : p.metadata.labels?.["ray.io/group"] ?? "unknown",
    "setting-up"
  ]);
  const gpusTotal = nodes.reduce((s2, n) => s2 + n.gpus, 0);
  const gpusUsed = nodes.reduce((s2, n) => s2 + runtime.serve.usedGpus(n.podName), 0);
  const demands = runtime.serve.pendingGpuDemands();
  const text2 = [
    `Cluster status: ${nodes.length} nodes`,
    "Worker node types:",
    ...Object.entries(active).filter(([type]) => type !== "headgroup").map(([type, count]) => ` - ${type}: ${count}`)
  ].join("\n");
  return {
    result: true,
    msg: "Got cluster status.",
    data: {
      autoscalingStatus: text2,
      autoscalingError: null,
      clusterStatus: {
        time: nowMs / 1e3,
        autoscalerReport: {
          activeNodes: active,
          idleNodes: null,
          pendingNodes: pending,
          pendingLaunches: {},
          failedNodes: [],
          pendingResources: {},
          legacy: true
        },
        loadMetricsReport: {
          usage: { GPU: [gpusUsed, gpusTotal] },
          resourceDemand: demands.length ? [[{ GPU: demands[0] }, demands.length]] : [],
          pgDemand: [],
          requestDemand: []
        }
      }
    }
  };
}
function createDashboardHandler(runtime) {
  return async function handle(req, res) {
    const cluster = runtime();
    const path = new URL(req.url ?? "/", "http://sim").pathname;
    if (!cluster) return json(res, 503, { result: false, msg: "Ray is not running." });
    if (path === "/api/serve/applications/" || path === "/api/serve/applications") {
      if (req.method === "GET") return json(res, 200, serveInstanceDetails(cluster));
      if (req.method === "PUT") {
        const raw = await readBody(req);
        if (!raw) return json(res, 413, { result: false, msg: "The request body is too large." });
        let config;
        try {
          config = JSON.parse(raw.toString("utf8"));
        } catch {
          return json(res, 400, { result: false, msg: "The request body is not JSON." });
        }
        if (typeof config !== "object" || config === null || Array.isArray(config))
          return json(res, 400, { result: false, msg: "The request body must be a JSON object (a Serve config)." });
        const error = cluster.serve.deploy(config);
        return error ? json(res, 400, { result: false, msg: error }) : json(res, 200, {});
      }
    }
    if (path === "/api/cluster_status") return json(res, 200, clusterStatus(cluster, cluster.now()));
    if (path === "/api/ray/version" || path === "/api/version") {
      return json(res, 200, {
        version: "4",
        ray_version: cluster.rayVersion?.text ?? "unknown",
        ray_commit: "{{RAY_COMMIT_SHA}}",
        session_name: cluster.sessionName
      });
    }
    json(res, 404, { result: false, msg: `Not found: ${path}` });
  };
}

// src/sim/serve/latency.ts
var DEFAULT_LATENCY = {
  ttftBaseMs: 80,
  ttftPerConcurrentMs: 25,
  ttftPerPromptTokenMs: 0.2,
  tpotBaseMs: 15,
  tpotConcurrencySlowdown: 0.12,
  medianOutputTokens: 250,
  outputTokensSigma: 0.6
};
function ttftMs(model, concurrent, promptTokens2) {
  return model.ttftBaseMs + model.ttftPerConcurrentMs * Math.max(0, concurrent - 1) + model.ttftPerPromptTokenMs * promptTokens2;
}
function tpotMs(model, concurrent) {
  return model.tpotBaseMs * (1 + model.tpotConcurrencySlowdown * Math.max(0, concurrent - 1));
}
function outputTokens(model, maxTokens, random) {
  const u = Math.max(random.next(), 1e-9);
  const v = random.next();
  const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  const tokens = Math.round(model.medianOutputTokens * Math.exp(model.outputTokensSigma * normal));
  return Math.max(1, Math.min(maxTokens, tokens));
}
function promptTokens(text2) {
  return Math.max(1, Math.ceil(text2.length / 4));
}
var WORDS = [
  "the",
  "model",
  "answers",
  "with",
  "a",
  "short",
  "reply",
  "about",
  "autoscaling",
  "replicas",
  "and",
  "GPUs",
  "under",
  "load",
  "in",
  "Ray",
  "Serve",
  "on",
  "Kubernetes",
  "today"
];
function tokenText(index, random) {
  return `${index === 0 ? "" : " "}${WORDS[Math.floor(random.next() * WORDS.length)]}`;
}

// src/sim/serve/openai.ts
var STREAM_BATCH_MS = 50;
var json2 = (res, code, body2) => sendJson(res, code, body2, { "x-request-id": "sim" });
function openaiError(res, code, type, message) {
  json2(res, code, { object: "error", message, type, param: null, code, error: { message, type, param: null, code } });
}
async function body(req) {
  const raw = await readBody(req);
  if (!raw) return null;
  try {
    return JSON.parse(raw.toString("utf8") || "{}");
  } catch {
    return void 0;
  }
}
function decodePath(path) {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
function models(serve) {
  return [...serve.apps.values()].filter((a) => a.status !== "DEPLOY_FAILED").flatMap(
    (app) => app.deployments.filter((d) => d.spec.model).map((deployment) => ({
      deployment,
      ingress: app.deployments.find((d) => d.spec.ingress),
      prefix: app.routePrefix === "/" || !app.routePrefix ? "" : app.routePrefix
    }))
  );
}
function card(route2) {
  const model = route2.deployment.spec.model;
  return {
    id: model.id,
    object: "model",
    owned_by: "organization-owner",
    permission: [],
    metadata: { model_id: model.id, input_modality: "text", max_request_context_length: model.maxModelLen }
  };
}
function createProxyHandler(deps) {
  const latency = deps.latency ?? DEFAULT_LATENCY;
  async function complete(req, res, serve, chat) {
    const request = await body(req);
    if (request === null) return openaiError(res, 413, "BadRequestError", "Request body is too large.");
    if (!request || typeof request !== "object")
      return openaiError(res, 400, "BadRequestError", "Request body is not valid JSON.");
    const route2 = models(serve).find((m) => m.deployment.spec.model.id === request["model"]);
    if (!route2)
      return openaiError(res, 404, "NotFoundError", `Could not find base model with ID "${String(request["model"])}"`);
    if (chat && !Array.isArray(request["messages"]))
      return openaiError(res, 400, "BadRequestError", "messages: Field required");
    const prompt = chat ? request["messages"].map((m) => typeof m?.content === "string" ? m.content : "").join("\n") : String(request["prompt"] ?? "");
    const maxTokens = Number(request["max_tokens"] ?? request["max_completion_tokens"] ?? 16);
    if (!Number.isInteger(maxTokens) || maxTokens < 1)
      return openaiError(res, 400, "BadRequestError", "max_tokens must be at least 1");
    const stream = request["stream"] === true;
    const includeUsage = request["stream_options"]?.include_usage === true;
    let entry;
    let lease;
    let closed = false;
    res.on("close", () => {
      closed = true;
      lease?.release();
      entry?.release();
    });
    try {
      const entering = route2.ingress ? route2.ingress.acquire() : void 0;
      if (route2.ingress && !entering)
        return openaiError(
          res,
          503,
          "ServiceUnavailable",
          "Request dropped due to backpressure (max_queued_requests reached)."
        );
      entry = await entering;
      if (closed) return entry?.release();
      const pending = route2.deployment.acquire();
      if (!pending) {
        entry?.release();
        return openaiError(
          res,
          503,
          "ServiceUnavailable",
          "Request dropped due to backpressure (max_queued_requests reached)."
        );
      }
      lease = await pending;
    } catch {
      entry?.release();
      return openaiError(res, 503, "ServiceUnavailable", "The deployment is shutting down.");
    }
    if (closed) {
      entry?.release();
      return lease.release();
    }
    const id = `${chat ? "chatcmpl" : "cmpl"}-${deps.random.suffix(16)}`;
    const created2 = Math.floor(deps.clock.now() / 1e3);
    const model = route2.deployment.spec.model.id;
    const inputTokens = promptTokens(prompt);
    const total = outputTokens(latency, maxTokens, deps.random);
    const finish = total >= maxTokens ? "length" : "stop";
    const usage = { prompt_tokens: inputTokens, completion_tokens: total, total_tokens: inputTokens + total };
    const object = chat ? "chat.completion.chunk" : "text_completion";
    try {
      await deps.clock.sleep(ttftMs(latency, lease.replica.ongoing, inputTokens));
      if (!stream) {
        let text2 = "";
        for (let i = 0; i < total; i++) text2 += tokenText(i, deps.random);
        await deps.clock.sleep(tpotMs(latency, lease.replica.ongoing) * Math.max(0, total - 1));
        if (closed) return;
        return json2(
          res,
          200,
          chat ? {
            id,
            object: "chat.completion",
            created: created2,
            model,
            choices: [
              {
                index: 0,
                message: { role: "assistant", content: text2, tool_calls: [], reasoning_content: null },
                logprobs: null,
                finish_reason: finish,
                stop_reason: null
              }
            ],
            usage: { ...usage, prompt_tokens_details: null },
            prompt_logprobs: null
          } : {
            id,
            object: "text_completion",
            created: created2,
            model,
            choices: [{ index: 0, text: text2, logprobs: null, finish_reason: finish, stop_reason: null }],
            usage
          }
        );
      }
      res.writeHead(200, {
        "Content-Type": "text/event-stream; charset=utf-8",
        "Cache-Control": "no-cache",
        "x-request-id": id
      });
      const event = (payload) => `data: ${JSON.stringify(payload)}

`;
      const delta = (content, extra = {}) => chat ? {
        id,
        object,
        created: created2,
        model,
        choices: [{ index: 0, delta: { content, ...extra }, logprobs: null, finish_reason: null }]
      } : { id, object, created: created2, model, choices: [{ index: 0, text: content, logprobs: null, finish_reason: null }] };
      let batch = chat ? event(delta("", { role: "assistant" })) : "";
      for (let i = 0; i < total && !closed; i++) {
        const last = i === total - 1;
        const chunk = delta(tokenText(i, deps.random));
        if (last) chunk.choices[0]["finish_reason"] = finish;
        batch += event(chunk);
        const step = tpotMs(latency, lease.replica.ongoing);
        if (i === 0 || last || i * step % STREAM_BATCH_MS < step) {
          res.write(batch);
          batch = "";
        }
        if (!last) await deps.clock.sleep(step);
      }
      if (closed) return;
      if (includeUsage) batch += event({ id, object, created: created2, model, choices: [], usage });
      res.end(`${batch}data: [DONE]

`);
    } finally {
      lease.release();
      entry?.release();
    }
  }
  return async function handle(req, res) {
    const serve = deps.serve();
    const path = new URL(req.url ?? "/", "http://sim").pathname;
    res.on("finish", () => {
      const app = serve ? [...serve.apps.values()][0]?.name ?? "" : "";
      const key2 = `${app}|/|${req.method ?? "GET"}|${res.statusCode}`;
      serve?.httpRequests.set(key2, (serve.httpRequests.get(key2) ?? 0) + 1);
    });
    if (path === "/-/healthz") {
      res.writeHead(serve?.apps.size ? 200 : 503, { "Content-Type": "text/plain" });
      return void res.end(serve?.apps.size ? "success" : "This node is being drained.");
    }
    if (!serve) return openaiError(res, 503, "ServiceUnavailable", "Serve is not running on this cluster yet.");
    if (path === "/-/routes")
      return json2(res, 200, Object.fromEntries([...serve.apps.values()].map((a) => [a.routePrefix ?? "", a.name])));
    const routes = models(serve);
    const prefix = routes.map((r) => r.prefix).filter((p) => p && path.startsWith(p)).sort((a, b) => b.length - a.length)[0] ?? "";
    const local = path.slice(prefix.length) || "/";
    const mine = routes.filter((r) => r.prefix === prefix);
    if (req.method === "GET" && local === "/v1/models")
      return json2(res, 200, { object: "list", data: mine.map((r) => card(r)) });
    if (req.method === "GET" && local.startsWith("/v1/models/")) {
      const id = decodePath(local.slice("/v1/models/".length));
      const route2 = mine.find((r) => r.deployment.spec.model.id === id);
      return route2 ? json2(res, 200, card(route2)) : openaiError(res, 404, "InvalidModel", `Could not find model with id "${id}"`);
    }
    if (req.method === "POST" && local === "/v1/chat/completions") return complete(req, res, serve, true);
    if (req.method === "POST" && local === "/v1/completions") return complete(req, res, serve, false);
    res.writeHead(404, { "Content-Type": "text/plain" });
    res.end(`Path '${path}' not found. Ping http://.../-/routes for available routes.`);
  };
}

// src/sim/network.ts
var POD9 = typeByKind("v1", "Pod");
var SERVICE4 = typeByKind("v1", "Service");
function podNetwork(store, clock, random, world, log) {
  const handlers = /* @__PURE__ */ new Map();
  const cached = (key2, what, make) => {
    let handler = handlers.get(key2);
    if (!handler) handlers.set(key2, handler = guarded(make(), log, what));
    return handler;
  };
  return {
    handler(namespace, podName, port) {
      const pod = store.get(POD9, namespace, podName);
      if (!pod || !world.kubelet.started(pod)) return void 0;
      const cluster = pod.metadata.labels?.[LABEL.cluster];
      if (!cluster) return void 0;
      const runtime = () => world.runtimeFor(namespace, cluster);
      const isHead = pod.metadata.labels?.[LABEL.nodeType] === "head";
      if (port === 8265 && isHead)
        return cached(`${namespace}/${cluster}/dashboard`, "the Ray dashboard", () => createDashboardHandler(runtime));
      if (port === 8e3)
        return cached(
          `${namespace}/${cluster}/proxy`,
          "the Serve proxy",
          () => createProxyHandler({ serve: () => runtime()?.serve, clock, random })
        );
      if (port === 8080) {
        return cached(`${namespace}/${cluster}/${podName}/metrics`, "a pod's metrics", () => (_req, res) => {
          const cluster2 = runtime();
          const text2 = cluster2 ? podExposition(cluster2, podName) : "";
          res.writeHead(200, { "Content-Type": "text/plain; version=0.0.4; charset=utf-8" });
          res.end(text2);
        });
      }
      return void 0;
    },
    resolveService(namespace, name2, port) {
      const service = store.get(SERVICE4, namespace, name2);
      if (!service) return void 0;
      const ports = service.spec?.ports ?? [];
      const match = port === "" ? ports[0] : ports.find((p) => p.name === port || String(p.port) === port);
      if (!match) return void 0;
      const selector = parseLabelSelector(
        Object.entries(service.spec?.selector ?? {}).map(([k, v]) => `${k}=${String(v)}`).join(",")
      );
      const pods = store.scan(POD9, namespace).filter(
        (p) => !p.metadata.deletionTimestamp && selector(p.metadata.labels ?? {}) && p.status?.phase === "Running"
      );
      const ready2 = pods.filter(podReady);
      const pod = (ready2.length ? ready2 : service.spec?.publishNotReadyAddresses ? pods : [])[0];
      if (!pod) return void 0;
      return { pod, port: typeof match.targetPort === "number" ? match.targetPort : match.port };
    }
  };
}

// src/sim/portforward.ts
import { createServer } from "node:http";
import { connect } from "node:net";

// node_modules/ws/wrapper.mjs
var import_stream = __toESM(require_stream(), 1);
var import_extension = __toESM(require_extension(), 1);
var import_permessage_deflate = __toESM(require_permessage_deflate(), 1);
var import_receiver = __toESM(require_receiver(), 1);
var import_sender = __toESM(require_sender(), 1);
var import_subprotocol = __toESM(require_subprotocol(), 1);
var import_websocket = __toESM(require_websocket(), 1);
var import_websocket_server = __toESM(require_websocket_server(), 1);

// src/sim/spdy/frames.ts
var VERSION = 3;
var HEADER_BYTES = 8;
var FrameType = {
  SYN_STREAM: 1,
  SYN_REPLY: 2,
  RST_STREAM: 3,
  SETTINGS: 4,
  PING: 6,
  GOAWAY: 7,
  HEADERS: 8,
  WINDOW_UPDATE: 9
};
var FLAG_FIN = 1;
var SETTINGS_INITIAL_WINDOW_SIZE = 7;
var RstStatus = {
  PROTOCOL_ERROR: 1,
  INVALID_STREAM: 2,
  REFUSED_STREAM: 3,
  CANCEL: 5,
  INTERNAL_ERROR: 6,
  FLOW_CONTROL_ERROR: 7,
  STREAM_ALREADY_CLOSED: 9
};
var GoawayStatus = { OK: 0, PROTOCOL_ERROR: 1, INTERNAL_ERROR: 2 };
var ProtocolError = class extends Error {
};
var FrameReader = class {
  pending = Buffer.alloc(0);
  push(chunk) {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
  }
  /** The next complete frame, or undefined until more bytes arrive. */
  next() {
    if (this.pending.length < HEADER_BYTES) return void 0;
    const length = this.pending.readUIntBE(5, 3);
    if (this.pending.length < HEADER_BYTES + length) return void 0;
    const head = this.pending;
    const body2 = head.subarray(HEADER_BYTES, HEADER_BYTES + length);
    this.pending = head.subarray(HEADER_BYTES + length);
    const flags = head[4];
    if (head[0] & 128) {
      const version2 = head.readUInt16BE(0) & 32767;
      if (version2 !== VERSION) throw new ProtocolError(`unsupported SPDY version ${version2}`);
      return { kind: "control", type: head.readUInt16BE(2), flags, payload: body2 };
    }
    const streamId = head.readUInt32BE(0) & 2147483647;
    if (streamId === 0) throw new ProtocolError("DATA frame on stream 0");
    return { kind: "data", streamId, fin: (flags & FLAG_FIN) !== 0, data: body2 };
  }
};
function need(payload, bytes2, what) {
  if (payload.length < bytes2) throw new ProtocolError(`${what} frame too short (${payload.length} bytes)`);
}
var streamIdAt = (payload, offset) => payload.readUInt32BE(offset) & 2147483647;
var parse2 = {
  synStream(payload) {
    need(payload, 10, "SYN_STREAM");
    return { streamId: streamIdAt(payload, 0), headerBlock: payload.subarray(10) };
  },
  /** SYN_REPLY and HEADERS share this layout. */
  streamHeaders(payload) {
    need(payload, 4, "HEADERS");
    return { streamId: streamIdAt(payload, 0), headerBlock: payload.subarray(4) };
  },
  rstStream(payload) {
    need(payload, 8, "RST_STREAM");
    return { streamId: streamIdAt(payload, 0), status: payload.readUInt32BE(4) };
  },
  /** ID → value; the first value wins when an ID repeats (§2.6.4). */
  settings(payload) {
    need(payload, 4, "SETTINGS");
    const count = payload.readUInt32BE(0);
    need(payload, 4 + count * 8, "SETTINGS");
    const values = /* @__PURE__ */ new Map();
    for (let i = 0; i < count; i++) {
      const id = payload.readUInt32BE(4 + i * 8) & 16777215;
      if (!values.has(id)) values.set(id, payload.readUInt32BE(8 + i * 8));
    }
    return values;
  },
  ping(payload) {
    need(payload, 4, "PING");
    return payload.readUInt32BE(0);
  },
  windowUpdate(payload) {
    need(payload, 8, "WINDOW_UPDATE");
    return { streamId: streamIdAt(payload, 0), delta: payload.readUInt32BE(4) & 2147483647 };
  }
};
function control(type, flags, payload) {
  const frame = Buffer.alloc(HEADER_BYTES + payload.length);
  frame.writeUInt16BE(32768 | VERSION, 0);
  frame.writeUInt16BE(type, 2);
  frame[4] = flags;
  frame.writeUIntBE(payload.length, 5, 3);
  payload.copy(frame, HEADER_BYTES);
  return frame;
}
function words(...values) {
  const buffer = Buffer.alloc(values.length * 4);
  values.forEach((value, i) => buffer.writeUInt32BE(value >>> 0, i * 4));
  return buffer;
}
var encode = {
  data(streamId, data, fin) {
    const frame = Buffer.alloc(HEADER_BYTES + data.length);
    frame.writeUInt32BE(streamId & 2147483647, 0);
    frame[4] = fin ? FLAG_FIN : 0;
    frame.writeUIntBE(data.length, 5, 3);
    data.copy(frame, HEADER_BYTES);
    return frame;
  },
  synReply: (streamId, headerBlock2, fin = false) => control(FrameType.SYN_REPLY, fin ? FLAG_FIN : 0, Buffer.concat([words(streamId), headerBlock2])),
  rstStream: (streamId, status2) => control(FrameType.RST_STREAM, 0, words(streamId, status2)),
  ping: (id) => control(FrameType.PING, 0, words(id)),
  goaway: (lastStreamId, status2) => control(FrameType.GOAWAY, 0, words(lastStreamId, status2)),
  windowUpdate: (streamId, delta) => control(FrameType.WINDOW_UPDATE, 0, words(streamId, delta))
};
function headerBlock(headers) {
  const parts = [words(Object.keys(headers).length)];
  for (const [name2, value] of Object.entries(headers)) {
    const n = Buffer.from(name2.toLowerCase());
    const v = Buffer.from(value);
    parts.push(words(n.length), n, words(v.length), v);
  }
  return Buffer.concat(parts);
}
function readHeaderBlock(block) {
  need(block, 4, "header block");
  const count = block.readUInt32BE(0);
  const headers = /* @__PURE__ */ Object.create(null);
  let offset = 4;
  const string2 = () => {
    need(block, offset + 4, "header block");
    const length = block.readUInt32BE(offset);
    need(block, offset + 4 + length, "header block");
    const value = block.toString("utf8", offset + 4, offset + 4 + length);
    offset += 4 + length;
    return value;
  };
  for (let i = 0; i < count; i++) {
    const name2 = string2();
    headers[name2] = string2();
  }
  return headers;
}

// src/sim/spdy/session.ts
import { EventEmitter } from "node:events";

// src/sim/spdy/flow-control.ts
var DEFAULT_WINDOW = 64 * 1024;
var MAX_WINDOW = 2 ** 31 - 1;
var SendWindows = class {
  session = DEFAULT_WINDOW;
  initial = DEFAULT_WINDOW;
  streams = /* @__PURE__ */ new Map();
  keepsWindows;
  open(streamId) {
    this.streams.set(streamId, this.initial);
  }
  close(streamId) {
    this.streams.delete(streamId);
  }
  /** DATA bytes a stream may send now. */
  available(streamId) {
    if (this.keepsWindows === false) return Number.POSITIVE_INFINITY;
    return Math.max(0, Math.min(this.session, this.streams.get(streamId) ?? 0));
  }
  spent(streamId, bytes2) {
    this.session -= bytes2;
    const window2 = this.streams.get(streamId);
    if (window2 !== void 0) this.streams.set(streamId, window2 - bytes2);
  }
  /** A WINDOW_UPDATE (stream 0 is the session); false when it takes a window past 2^31-1, a flow-control error. */
  grant(streamId, delta) {
    this.keepsWindows = true;
    if (streamId === 0) {
      if (this.session + delta > MAX_WINDOW) return false;
      this.session += delta;
      return true;
    }
    const window2 = this.streams.get(streamId);
    if (window2 === void 0) return true;
    if (window2 + delta > MAX_WINDOW) return false;
    this.streams.set(streamId, window2 + delta);
    return true;
  }
  /** SETTINGS_INITIAL_WINDOW_SIZE: open streams move by the difference, possibly below zero; the session does not. */
  setInitial(size) {
    this.keepsWindows = true;
    const difference = size - this.initial;
    this.initial = size;
    for (const [id, window2] of this.streams) this.streams.set(id, window2 + difference);
  }
  /** Whether it is still unknown if the peer keeps windows (then an exhausted window calls for a PING probe). */
  get undecided() {
    return this.keepsWindows === void 0;
  }
  /** The probe PING came back. */
  probeAnswered() {
    if (this.keepsWindows === void 0) this.keepsWindows = false;
  }
};
var ReceiveCredit = class {
  consumed = 0;
  /** Records consumed bytes; returns the WINDOW_UPDATE delta to send now, or 0. */
  consume(bytes2) {
    this.consumed += bytes2;
    if (this.consumed < DEFAULT_WINDOW / 2) return 0;
    const delta = this.consumed;
    this.consumed = 0;
    return delta;
  }
};

// src/sim/spdy/header-compression.ts
var import_spdy_transport = __toESM(require_spdy_transport(), 1);
import { constants, createDeflate, createInflate } from "node:zlib";
var DICTIONARY = import_spdy_transport.default.protocol.spdy.dictionary[3];
var SerialZlib = class {
  zlib;
  tail = Promise.resolve();
  constructor(zlib) {
    this.zlib = zlib;
    zlib.on("error", () => {
    });
  }
  /** Feeds `input` and resolves with everything zlib produced up to a sync flush; calls run in call order. */
  run(input) {
    const result = this.tail.then(
      () => new Promise((resolve, reject) => {
        const output = [];
        const onData = (chunk) => output.push(chunk);
        const onError = (error) => {
          this.zlib.off("data", onData);
          reject(error);
        };
        this.zlib.on("data", onData);
        this.zlib.once("error", onError);
        this.zlib.write(input);
        this.zlib.flush(constants.Z_SYNC_FLUSH, () => {
          this.zlib.off("data", onData);
          this.zlib.off("error", onError);
          resolve(Buffer.concat(output));
        });
      })
    );
    this.tail = result.catch(() => void 0);
    return result;
  }
  close() {
    this.zlib.close();
  }
};
var HeaderCompression = class {
  inflate = new SerialZlib(createInflate({ dictionary: DICTIONARY }));
  deflate = new SerialZlib(createDeflate({ dictionary: DICTIONARY }));
  decompress(block) {
    return this.inflate.run(block);
  }
  compress(block) {
    return this.deflate.run(block);
  }
  close() {
    this.inflate.close();
    this.deflate.close();
  }
};

// src/sim/spdy/stream.ts
import { Duplex } from "node:stream";
var SpdyStream = class extends Duplex {
  /** The session's bookkeeping, kept here so that it goes away with the stream. */
  queue = [];
  credit = new ReceiveCredit();
  replied = false;
  finSent = false;
  remoteFin = false;
  /** An RST_STREAM went either way: forget sends none. */
  wasReset = false;
  /** Received bytes not yet handed to the reader. */
  buffered = 0;
  incoming = [];
  wanted = false;
  endPushed = false;
  host;
  id;
  headers;
  constructor(host, id, headers) {
    super({ allowHalfOpen: true });
    this.host = host;
    this.id = id;
    this.headers = headers;
  }
  /** SYN_REPLY: the stream is accepted. */
  respond(headers = {}) {
    this.host.reply(this, headers);
  }
  /** RST_STREAM, then the stream is gone. */
  reset(status2) {
    this.host.reset(this, status2);
  }
  /** DATA from the peer (a FIN flag arrives through receiveFin). */
  receive(data) {
    if (data.length) {
      this.incoming.push(data);
      this.buffered += data.length;
    }
    this.deliver();
  }
  receiveFin() {
    this.remoteFin = true;
    this.deliver();
  }
  _read() {
    this.wanted = true;
    this.deliver();
  }
  // Data is pushed only when the reader asks (_read): bytes count as consumed, and are credited back to the peer,
  // once the pod side takes them, so a slow pod connection slows the sender instead of filling memory.
  deliver() {
    while (this.wanted && this.incoming.length) {
      const chunk = this.incoming.shift();
      this.buffered -= chunk.length;
      this.host.consumed(this, chunk.length);
      this.wanted = this.push(chunk);
    }
    if (this.remoteFin && !this.incoming.length && !this.endPushed) {
      this.endPushed = true;
      this.push(null);
    }
  }
  _write(chunk, _encoding, callback) {
    this.host.send(this, { data: chunk, fin: false, done: callback });
  }
  _final(callback) {
    this.host.send(this, { data: Buffer.alloc(0), fin: true, done: callback });
  }
  _destroy(error, callback) {
    this.host.forget(this, error);
    callback(error);
  }
};

// src/sim/spdy/session.ts
var MAX_DATA_FRAME = 32 * 1024;
var FRAMES_PER_PUMP = 256;
var EMPTY = Buffer.alloc(0);
var SpdySession = class extends EventEmitter {
  reader = new FrameReader();
  compression = new HeaderCompression();
  sendWindows = new SendWindows();
  sessionCredit = new ReceiveCredit();
  streams = /* @__PURE__ */ new Map();
  /** Streams holding more than a window of unread DATA: only a peer ignoring our windows gets there. */
  overfull = /* @__PURE__ */ new Set();
  lastStreamId = 0;
  /** A header block is being decompressed; the frames behind it wait so that their order holds. */
  decoding = false;
  writeBlocked = false;
  probe;
  nextPingId = 2;
  closed = false;
  transport;
  constructor(transport2) {
    super();
    this.transport = transport2;
    transport2.on("data", (chunk) => {
      this.reader.push(chunk);
      this.readFrames();
    });
    transport2.on("drain", () => {
      this.writeBlocked = false;
      this.pump();
    });
    transport2.on("error", () => this.destroy());
    transport2.on("end", () => this.destroy());
    transport2.on("close", () => this.destroy());
  }
  /** Ends every stream and the transport. */
  destroy() {
    this.close(() => this.transport.destroy());
  }
  fail(error) {
    const goaway = encode.goaway(
      this.lastStreamId,
      error instanceof ProtocolError ? GoawayStatus.PROTOCOL_ERROR : GoawayStatus.INTERNAL_ERROR
    );
    this.close(() => this.transport.end(goaway, () => this.transport.destroy()));
  }
  close(endTransport) {
    if (this.closed) return;
    this.closed = true;
    for (const stream of this.streams.values()) stream.destroy();
    this.compression.close();
    endTransport();
  }
  write(frame) {
    if (this.closed) return;
    if (!this.transport.write(frame)) this.writeBlocked = true;
  }
  readFrames() {
    if (this.decoding || this.closed) return;
    try {
      for (let frame = this.reader.next(); frame; frame = this.reader.next()) {
        const pending = this.handle(frame);
        if (pending) {
          this.decoding = true;
          pending.then(
            () => {
              this.decoding = false;
              this.readFrames();
            },
            (error) => this.fail(error)
          );
          return;
        }
      }
    } catch (error) {
      this.fail(error);
    }
  }
  /** Handles a frame; a promise when its header block must be decompressed first. */
  handle(frame) {
    if (frame.kind === "data") {
      this.onData(frame.streamId, frame.fin, frame.data);
      return void 0;
    }
    const { payload, flags } = frame;
    switch (frame.type) {
      case FrameType.SYN_STREAM:
        return this.onSynStream(flags, payload);
      case FrameType.SYN_REPLY:
      case FrameType.HEADERS: {
        const { streamId, headerBlock: block } = parse2.streamHeaders(payload);
        return this.compression.decompress(block).then(() => {
          const stream = this.streams.get(streamId);
          if (frame.type === FrameType.SYN_REPLY) this.write(encode.rstStream(streamId, RstStatus.INVALID_STREAM));
          else if (stream && flags & FLAG_FIN) stream.receiveFin();
        });
      }
      case FrameType.RST_STREAM: {
        const { streamId } = parse2.rstStream(payload);
        const stream = this.streams.get(streamId);
        if (stream) {
          stream.wasReset = true;
          stream.destroy();
        }
        return void 0;
      }
      case FrameType.SETTINGS: {
        const size = parse2.settings(payload).get(SETTINGS_INITIAL_WINDOW_SIZE);
        if (size !== void 0) {
          if (size > MAX_WINDOW) throw new ProtocolError(`SETTINGS_INITIAL_WINDOW_SIZE ${size} exceeds 2^31-1`);
          this.sendWindows.setInitial(size);
          this.pump();
        }
        return void 0;
      }
      case FrameType.PING: {
        const id = parse2.ping(payload);
        if (id % 2 === 1) this.write(encode.ping(id));
        else if (id === this.probe) {
          this.probe = void 0;
          this.sendWindows.probeAnswered();
          this.pump();
        }
        return void 0;
      }
      case FrameType.WINDOW_UPDATE: {
        const { streamId, delta } = parse2.windowUpdate(payload);
        if (!this.sendWindows.grant(streamId, delta)) {
          if (streamId === 0) throw new ProtocolError("WINDOW_UPDATE takes the session window past 2^31-1");
          this.streams.get(streamId)?.reset(RstStatus.FLOW_CONTROL_ERROR);
        }
        this.pump();
        return void 0;
      }
      default:
        return void 0;
    }
  }
  onSynStream(flags, payload) {
    const { streamId, headerBlock: block } = parse2.synStream(payload);
    return this.compression.decompress(block).then((raw) => {
      if (this.closed) return;
      if (streamId % 2 === 0 || streamId <= this.lastStreamId)
        throw new ProtocolError(`SYN_STREAM ${streamId} after ${this.lastStreamId}`);
      this.lastStreamId = streamId;
      const stream = new SpdyStream(this, streamId, readHeaderBlock(raw));
      this.streams.set(streamId, stream);
      this.sendWindows.open(streamId);
      if (flags & FLAG_FIN) stream.receiveFin();
      this.emit("stream", stream);
    });
  }
  onData(streamId, fin, data) {
    const stream = this.streams.get(streamId);
    if (!stream || stream.remoteFin) {
      const delta = this.sessionCredit.consume(data.length);
      if (delta) this.write(encode.windowUpdate(0, delta));
      this.write(encode.rstStream(streamId, stream ? RstStatus.STREAM_ALREADY_CLOSED : RstStatus.INVALID_STREAM));
      return;
    }
    stream.receive(data);
    if (fin) stream.receiveFin();
    if (stream.buffered > DEFAULT_WINDOW && !this.overfull.has(stream)) {
      this.overfull.add(stream);
      this.transport.pause();
    }
  }
  release(stream) {
    if (this.overfull.delete(stream) && this.overfull.size === 0 && !this.closed) this.transport.resume();
  }
  // StreamHost
  reply(stream, headers) {
    this.compression.compress(headerBlock(headers)).then(
      (block) => {
        this.write(encode.synReply(stream.id, block));
        stream.replied = true;
        this.pump();
      },
      (error) => this.fail(error)
    );
  }
  reset(stream, status2) {
    if (!this.closed && this.streams.has(stream.id)) this.write(encode.rstStream(stream.id, status2));
    stream.wasReset = true;
    stream.destroy();
  }
  send(stream, item) {
    stream.queue.push(item);
    this.pump();
  }
  consumed(stream, bytes2) {
    const delta = stream.remoteFin ? 0 : stream.credit.consume(bytes2);
    if (delta) this.write(encode.windowUpdate(stream.id, delta));
    const sessionDelta = this.sessionCredit.consume(bytes2);
    if (sessionDelta) this.write(encode.windowUpdate(0, sessionDelta));
    if (stream.buffered <= DEFAULT_WINDOW / 2) this.release(stream);
  }
  forget(stream, error) {
    if (this.streams.get(stream.id) !== stream) return;
    this.streams.delete(stream.id);
    this.sendWindows.close(stream.id);
    this.release(stream);
    const closedBothWays = stream.finSent && stream.remoteFin;
    if (!closedBothWays && !stream.wasReset) this.write(encode.rstStream(stream.id, RstStatus.CANCEL));
    for (const item of stream.queue.splice(0)) item.done(error ?? new Error(`stream ${stream.id} closed`));
  }
  /** Writes queued DATA, stream by stream in turn, as far as windows and the transport allow. */
  pump() {
    let budget = FRAMES_PER_PUMP;
    let progress = true;
    while (progress && budget > 0 && !this.writeBlocked && !this.closed) {
      progress = false;
      for (const stream of this.streams.values()) {
        if (budget <= 0 || this.writeBlocked) break;
        const item = stream.queue[0];
        if (!item || !stream.replied) continue;
        if (item.data.length) {
          const size = Math.min(item.data.length, MAX_DATA_FRAME, this.sendWindows.available(stream.id));
          if (size <= 0) {
            this.probeWindows();
            continue;
          }
          const last = size === item.data.length;
          this.write(encode.data(stream.id, item.data.subarray(0, size), last && item.fin));
          this.sendWindows.spent(stream.id, size);
          item.data = item.data.subarray(size);
          budget--;
          progress = true;
          if (!last) continue;
        } else if (item.fin) {
          this.write(encode.data(stream.id, EMPTY, true));
          budget--;
        }
        stream.queue.shift();
        if (item.fin) stream.finSent = true;
        progress = true;
        item.done();
      }
    }
    if (budget <= 0 && !this.writeBlocked && !this.closed) setImmediate(() => this.pump());
  }
  /** A window ran out before the peer said whether it keeps windows: ask with a PING (flow-control.ts says why). */
  probeWindows() {
    if (!this.sendWindows.undecided || this.probe !== void 0) return;
    this.probe = this.nextPingId;
    this.nextPingId += 2;
    this.write(encode.ping(this.probe));
  }
};

// src/sim/portforward.ts
var PORTFORWARD_PATH = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/portforward$/;
var CHANNELS = "v4.channel.k8s.io";
var TUNNELLED_SPDY = "SPDY/3.1+portforward.k8s.io";
var TUNNELLED_SPDY_TOKEN = "spdy-3.1-portforward.k8s.io";
function tokenizeProtocols(req) {
  const header = req.headers["sec-websocket-protocol"];
  if (header)
    req.headers["sec-websocket-protocol"] = header.split(",").map((p) => p.trim() === TUNNELLED_SPDY ? TUNNELLED_SPDY_TOKEN : p.trim()).join(", ");
}
var Listeners = class {
  servers = /* @__PURE__ */ new Map();
  open = [];
  portFor(handler) {
    let port = this.servers.get(handler);
    if (!port) {
      const server = createServer((req, res) => void handler(req, res));
      this.open.push(server);
      port = new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(0, "127.0.0.1", () => resolve(server.address().port));
      });
      this.servers.set(handler, port);
    }
    return port;
  }
  async close() {
    await Promise.all(
      this.open.map((server) => {
        server.closeAllConnections();
        return new Promise((resolve) => server.close(() => resolve()));
      })
    );
  }
};
async function dial(listeners, network, namespace, pod, port) {
  const handler = network.handler(namespace, pod, port);
  if (!handler)
    return `error forwarding port ${port} to pod ${pod}, uid : failed to execute portforward in network namespace: failed to connect to localhost:${port} inside namespace: connection refused`;
  const local = await listeners.portFor(handler);
  return connect(local, "127.0.0.1");
}
function channelProtocol(ws, listeners, network, namespace, pod, ports) {
  const portHeader = (port) => {
    const buffer = Buffer.alloc(3);
    buffer.writeUInt16LE(port, 1);
    return buffer;
  };
  const sockets = /* @__PURE__ */ new Map();
  ports.forEach((port, index) => {
    const data = index * 2;
    const error = data + 1;
    ws.send(Buffer.concat([Buffer.from([data]), portHeader(port).subarray(1)]));
    ws.send(Buffer.concat([Buffer.from([error]), portHeader(port).subarray(1)]));
    void dial(listeners, network, namespace, pod, port).then((socket) => {
      if (typeof socket === "string") {
        ws.send(Buffer.concat([Buffer.from([error]), Buffer.from(socket)]));
        ws.close();
        return;
      }
      sockets.set(data, socket);
      socket.on(
        "data",
        (chunk) => ws.readyState === ws.OPEN && ws.send(Buffer.concat([Buffer.from([data]), chunk]))
      );
      socket.on("close", () => ws.readyState === ws.OPEN && ws.close());
      socket.on("error", () => ws.close());
    });
  });
  const pending = [];
  ws.on("message", (message) => {
    const channel = message[0];
    const socket = sockets.get(channel);
    if (socket) socket.write(message.subarray(1));
    else pending.push(message);
  });
  const flush = setInterval(() => {
    for (const message of pending.splice(0)) {
      const socket = sockets.get(message[0]);
      if (socket) socket.write(message.subarray(1));
      else pending.push(message);
    }
  }, 10);
  ws.on("close", () => {
    clearInterval(flush);
    for (const socket of sockets.values()) socket.destroy();
  });
}
function spdyProtocol(transport2, listeners, network, namespace, pod) {
  const session = new SpdySession(transport2);
  const errors = /* @__PURE__ */ new Map();
  session.on("stream", (stream) => {
    const type = stream.headers["streamtype"];
    const port = Number(stream.headers["port"]);
    const requestId = stream.headers["requestid"] ?? "";
    stream.respond();
    if (type === "error") {
      errors.set(requestId, stream);
      stream.on("close", () => {
        if (errors.get(requestId) === stream) errors.delete(requestId);
      });
      stream.resume();
      return;
    }
    if (type !== "data") {
      stream.reset(RstStatus.REFUSED_STREAM);
      return;
    }
    void dial(listeners, network, namespace, pod, port).then((target) => {
      const error = errors.get(requestId);
      if (typeof target === "string") {
        error?.end(target);
        stream.resume();
        stream.end();
        return;
      }
      stream.pipe(target);
      target.pipe(stream);
      target.on("close", () => {
        error?.end();
        stream.resume();
      });
      target.on("error", () => stream.end());
      stream.on("error", () => target.destroy());
      stream.on("close", () => target.destroy());
    });
  });
  return session;
}
function portForwarder(network, podExists) {
  const listeners = new Listeners();
  const wss = new import_websocket_server.default({
    noServer: true,
    handleProtocols: (protocols) => protocols.has(CHANNELS) ? CHANNELS : protocols.has(TUNNELLED_SPDY_TOKEN) ? TUNNELLED_SPDY : false
  });
  const live = /* @__PURE__ */ new Set();
  return {
    upgrade(req, socket, head) {
      const url = new URL(req.url ?? "/", "http://sim");
      const match = PORTFORWARD_PATH.exec(url.pathname);
      if (!match) return false;
      const [, namespace, pod] = match;
      live.add(socket);
      socket.on("close", () => live.delete(socket));
      if (!podExists(namespace, pod)) {
        socket.end(
          `HTTP/1.1 404 Not Found\r
Content-Type: application/json\r
Connection: close\r
\r
${JSON.stringify({ kind: "Status", apiVersion: "v1", status: "Failure", message: `pods "${pod}" not found`, reason: "NotFound", code: 404 })}`
        );
        return true;
      }
      const upgrade = String(req.headers.upgrade ?? "").toLowerCase();
      if (upgrade === "websocket") {
        tokenizeProtocols(req);
        wss.handleUpgrade(req, socket, head, (ws) => {
          if (ws.protocol === CHANNELS) {
            const ports = url.searchParams.getAll("ports").flatMap((p) => p.split(",")).map(Number).filter((p) => p > 0);
            channelProtocol(ws, listeners, network, namespace, pod, ports);
          } else {
            spdyProtocol((0, import_stream.default)(ws), listeners, network, namespace, pod);
          }
        });
        return true;
      }
      if (upgrade === "spdy/3.1") {
        socket.write(
          "HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: SPDY/3.1\r\nX-Stream-Protocol-Version: portforward.k8s.io\r\n\r\n"
        );
        if (head.length) socket.unshift(head);
        spdyProtocol(socket, listeners, network, namespace, pod);
        return true;
      }
      socket.end(
        "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\nport-forward needs a WebSocket or SPDY/3.1 upgrade"
      );
      return true;
    },
    async close() {
      for (const socket of live) socket.destroy();
      wss.close();
      await listeners.close();
    }
  };
}

// src/sim/api/access-control.ts
var USER = "rayservice-ci-sim";
var REVIEW_PATH = "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews";
function attributesOf(req) {
  const url = new URL(req.url ?? "/", "http://sim");
  const parts = url.pathname.split("/").filter(Boolean);
  let rest;
  let group;
  if (parts[0] === "api" && parts[1] === "v1") [group, rest] = ["", parts.slice(2)];
  else if (parts[0] === "apis" && parts.length >= 3) [group, rest] = [parts[1], parts.slice(3)];
  else return void 0;
  let namespace = "";
  if (rest[0] === "namespaces" && rest.length >= 3) [namespace, rest] = [rest[1], rest.slice(2)];
  const [resource, name2, subresource = ""] = rest;
  if (!resource) return void 0;
  const method = req.method ?? "GET";
  const watching = url.searchParams.get("watch") === "true" || url.searchParams.get("watch") === "1";
  const verb = method === "GET" ? watching ? "watch" : name2 ? "get" : "list" : method === "POST" ? "create" : method === "PUT" ? "update" : method === "PATCH" ? "patch" : method === "DELETE" ? name2 ? "delete" : "deletecollection" : void 0;
  return verb ? { verb, group, resource, subresource, namespace } : void 0;
}
function denies(rules, a) {
  return rules.some(
    (r) => r.verb === a.verb && r.resource === a.resource && (r.group ?? "") === (a.group ?? "") && (r.subresource ?? "") === (a.subresource ?? "")
  );
}
function accessControl(rules) {
  return (req, res) => {
    const path = new URL(req.url ?? "/", "http://sim").pathname;
    if (req.method === "POST" && path === REVIEW_PATH) return review(rules, req, res);
    const attributes = attributesOf(req);
    if (!attributes || !denies(rules, attributes)) return void 0;
    const { verb, group, resource, subresource, namespace } = attributes;
    const what = `${resource}${group ? `.${group}` : ""}`;
    const message = `${what} is forbidden: User "${USER}" cannot ${verb} resource "${resource}${subresource ? `/${subresource}` : ""}" in API group "${group}"${namespace ? ` in the namespace "${namespace}"` : " at the cluster scope"}`;
    req.resume();
    sendJson(res, 403, status({ code: 403, reason: "Forbidden", message, details: { kind: resource, group } }));
    return Promise.resolve();
  };
}
async function review(rules, req, res) {
  const body2 = await readBody(req);
  let object;
  try {
    object = JSON.parse(body2?.toString("utf8") ?? "");
  } catch {
    return sendJson(
      res,
      400,
      status({ code: 400, reason: "BadRequest", message: "the SelfSubjectAccessReview is not JSON" })
    );
  }
  const attributes = object.spec?.resourceAttributes;
  const denied = attributes?.verb !== void 0 && attributes.resource !== void 0 && denies(rules, {
    verb: attributes.verb,
    resource: attributes.resource,
    group: attributes.group ?? "",
    subresource: attributes.subresource ?? ""
  });
  const reviewStatus = denied ? { allowed: false, reason: "rayservice-ci sim: denied by the sim's deny rules" } : { allowed: true, reason: "rayservice-ci sim: allowed" };
  sendJson(res, 201, {
    ...object,
    apiVersion: "authorization.k8s.io/v1",
    kind: "SelfSubjectAccessReview",
    metadata: { creationTimestamp: null },
    status: reviewStatus
  });
}

// src/sim/server.ts
var SimStartError = class extends Error {
  problem;
  constructor(problem, message) {
    super(message);
    this.problem = problem;
  }
};
var MAX_DISTINCT_REPORTS = 100;
function defaultLog(line) {
  process.stderr.write(`${line}
`);
}
async function startSim(options = {}) {
  const log = options.log ?? defaultLog;
  const reported2 = /* @__PURE__ */ new Set();
  const report = (where2) => (error) => {
    const line = `rayservice-ci sim: internal error in ${where2} (please report it): ${describeError(error)}`;
    if (reported2.has(line) || reported2.size >= MAX_DISTINCT_REPORTS) return;
    reported2.add(line);
    log(line);
  };
  const realtime = options.clock ? void 0 : new RealtimeClock(options.timeScale ?? 1, void 0, report("a controller"));
  const clock = options.clock ?? realtime;
  const random = seededRandom(options.seed ?? 1);
  const store = new ObjectStore(clock, random, report("a store subscriber"));
  const features = KUBERAY_FEATURES[options.kubeRayVersion ?? DEFAULT_KUBERAY_VERSION];
  bootstrap(store, options.nodePool ?? DEFAULT_NODE_POOL, {
    "controller-gen.kubebuilder.io/version": features.controllerGen
  });
  const world = startWorld(store, clock, random, PROFILES[options.profile ?? "fast"], {
    features,
    ...options.zeroDowntime === void 0 ? {} : { zeroDowntime: options.zeroDowntime }
  });
  const stops = [() => world.stop()];
  const metrics = () => exposition(world.runtimes.values());
  const network = podNetwork(store, clock, random, world, log);
  let address = "127.0.0.1:0";
  const faults = options.faults;
  const faultRandom = seededRandom((options.seed ?? 1) + 7919);
  const faultPaths = new RegExp(faults?.paths ?? "^/apis?/");
  const handler = createApiHandler({
    store,
    clock,
    serverAddress: () => address,
    unknownFields,
    subresources: (route2, req, res) => proxy(network, route2, req, res),
    log,
    ...faults?.dropWatchesAfterMs ? { watchCloseMs: faults.dropWatchesAfterMs } : {},
    ...faults && faults.rate > 0 ? {
      fault: (req) => {
        const path = requestUrl(req).pathname;
        if (!faultPaths.test(path) || faultRandom.next() >= faults.rate) return void 0;
        const codes = faults.codes?.length ? faults.codes : [429, 500];
        return codes[Math.floor(faultRandom.next() * codes.length)];
      }
    } : {}
  });
  const access = options.deny?.length ? accessControl(options.deny) : void 0;
  const serve = guarded(
    (req, res) => {
      const refused = access?.(req, res);
      if (refused) return refused;
      if (req.url === "/metrics") {
        res.writeHead(200, { "Content-Type": "text/plain; version=0.0.4; charset=utf-8" });
        res.end(metrics());
        return;
      }
      return handler(req, res);
    },
    log,
    "the API server"
  );
  const server = createServer2((req, res) => void serve(req, res));
  const POD10 = typeByKind("v1", "Pod");
  const forwarder = portForwarder(network, (namespace, pod) => store.get(POD10, namespace, pod) !== void 0);
  server.on(
    "upgrade",
    guardedUpgrade((req, socket, head) => forwarder.upgrade(req, socket, head), log)
  );
  const stop = async () => {
    for (const cancel of stops) cancel();
    realtime?.stop();
    await forwarder.close();
    server.closeAllConnections();
    if (server.listening) await new Promise((resolve) => server.close(() => resolve()));
  };
  const requestedPort = options.port ?? 0;
  try {
    await new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(requestedPort, "127.0.0.1", () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (error) {
    await stop();
    const code = String(error.code ?? "UNKNOWN");
    throw new SimStartError(
      { kind: "port", port: requestedPort, code },
      `cannot listen on 127.0.0.1:${requestedPort}: ${error.message}`
    );
  }
  server.on("error", (error) => log(`rayservice-ci sim: server error: ${describeError(error)}`));
  const port = server.address().port;
  address = `127.0.0.1:${port}`;
  const url = `http://${address}`;
  const kubeconfig = simKubeconfig(url);
  if (options.kubeconfigPath) {
    try {
      await mkdir(dirname(options.kubeconfigPath), { recursive: true });
      await writeFile(options.kubeconfigPath, kubeconfig, { mode: 384 });
    } catch (error) {
      await stop();
      const code = String(error.code ?? "UNKNOWN");
      throw new SimStartError(
        { kind: "kubeconfig", path: options.kubeconfigPath, code },
        `cannot write the kubeconfig to ${options.kubeconfigPath}: ${error.message}`
      );
    }
  }
  return {
    url,
    kubeconfig,
    kubeconfigPath: options.kubeconfigPath,
    store,
    clock,
    world,
    network,
    stop
  };
}
function proxy(network, route2, req, res) {
  if (route2.subresource !== "proxy" || !route2.namespace || !route2.name) return void 0;
  const [name2, port = ""] = route2.name.split(":");
  let target;
  if (route2.type.kind === "Service") {
    const resolved = network.resolveService(route2.namespace, name2, port);
    if (resolved) target = { podName: resolved.pod.metadata.name, port: resolved.port };
  } else if (route2.type.kind === "Pod") {
    target = { podName: name2, port: Number(port || 80) };
  }
  const handler = target && network.handler(route2.namespace, target.podName, target.port);
  if (!handler) {
    const body2 = JSON.stringify({
      kind: "Status",
      apiVersion: "v1",
      metadata: {},
      status: "Failure",
      message: `no endpoints available for ${route2.type.plural.slice(0, -1)} "${route2.name}"`,
      reason: "ServiceUnavailable",
      code: 503
    });
    res.writeHead(503, { "Content-Type": "application/json" });
    res.end(body2);
    return Promise.resolve();
  }
  const search = requestUrl(req).search;
  req.url = `/${route2.rest}${search}`;
  return Promise.resolve(handler(req, res));
}

export {
  DEFAULT_NODE_POOL,
  SIM_CONTEXT,
  KUBERAY_VERSIONS,
  DEFAULT_KUBERAY_VERSION,
  isKubeRayVersion,
  SimStartError,
  startSim
};
/*! Bundled license information:

safe-buffer/index.js:
  (*! safe-buffer. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> *)
*/
