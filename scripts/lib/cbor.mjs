// The subset of CBOR (RFC 8949) that Pagefind's index files use: integers,
// byte and text strings, arrays, maps, true/false/null, all definite-length.
// Encoding uses the shortest heads, as Pagefind's encoder does, so a decoded
// file encodes back to the same bytes. Anything else is refused loudly.

export function decodeCbor(bytes) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const argument = (info) => {
    if (info < 24) return info;
    if (info === 24) return buf[at++];
    if (info === 25) return ((at += 2), buf.readUInt16BE(at - 2));
    if (info === 26) return ((at += 4), buf.readUInt32BE(at - 4));
    if (info === 27) {
      const big = buf.readBigUInt64BE(at);
      at += 8;
      if (big > BigInt(Number.MAX_SAFE_INTEGER))
        throw new Error(`CBOR integer too large at byte ${at - 9}`);
      return Number(big);
    }
    throw new Error(`CBOR: indefinite length or reserved value at byte ${at - 1}`);
  };
  const item = () => {
    const start = at;
    const head = buf[at++];
    const major = head >> 5;
    const info = head & 31;
    switch (major) {
      case 0:
        return argument(info);
      case 1:
        return -1 - argument(info);
      case 2: {
        const n = argument(info);
        at += n;
        return Buffer.from(buf.subarray(at - n, at));
      }
      case 3: {
        const n = argument(info);
        at += n;
        return buf.toString('utf8', at - n, at);
      }
      case 4: {
        const n = argument(info);
        const out = [];
        for (let i = 0; i < n; i++) out.push(item());
        return out;
      }
      case 5: {
        const n = argument(info);
        const out = new Map();
        for (let i = 0; i < n; i++) out.set(item(), item());
        return out;
      }
      case 7:
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22) return null;
        throw new Error(`CBOR: unsupported simple value or float at byte ${start}`);
      default:
        throw new Error(`CBOR: unsupported major type ${major} at byte ${start}`);
    }
  };
  const value = item();
  if (at !== buf.length) throw new Error(`CBOR: ${buf.length - at} bytes after the value`);
  return value;
}

function head(major, n) {
  if (n < 24) return Buffer.of((major << 5) | n);
  if (n < 0x100) return Buffer.of((major << 5) | 24, n);
  if (n < 0x10000) {
    const b = Buffer.alloc(3);
    b[0] = (major << 5) | 25;
    b.writeUInt16BE(n, 1);
    return b;
  }
  if (n < 0x100000000) {
    const b = Buffer.alloc(5);
    b[0] = (major << 5) | 26;
    b.writeUInt32BE(n, 1);
    return b;
  }
  const b = Buffer.alloc(9);
  b[0] = (major << 5) | 27;
  b.writeBigUInt64BE(BigInt(n), 1);
  return b;
}

export function encodeCbor(value) {
  const parts = [];
  const put = (v) => {
    if (Number.isInteger(v)) parts.push(v >= 0 ? head(0, v) : head(1, -1 - v));
    else if (typeof v === 'string') {
      const b = Buffer.from(v, 'utf8');
      parts.push(head(3, b.length), b);
    } else if (Buffer.isBuffer(v)) parts.push(head(2, v.length), v);
    else if (Array.isArray(v)) {
      parts.push(head(4, v.length));
      v.forEach(put);
    } else if (v instanceof Map) {
      parts.push(head(5, v.size));
      for (const [k, x] of v) (put(k), put(x));
    } else if (v === false || v === true || v === null)
      parts.push(Buffer.of(v === null ? 0xf6 : v ? 0xf5 : 0xf4));
    else throw new Error(`CBOR: cannot encode ${typeof v} ${String(v)}`);
  };
  put(value);
  return Buffer.concat(parts);
}
