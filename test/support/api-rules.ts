/**
 * The Messages API's request rules, as the real API enforces them, for the scripted model server: a test cannot pass
 * on a request the API would reject. Written against the SDK's own request types, so a renamed field is a type error
 * here rather than a rule that silently checks nothing. Each problem is reported the way the API words it, with the
 * path of the offending part (`messages.3.content.0: ...`).
 */
import type {
  BetaContentBlockParam,
  BetaImageBlockParam,
  MessageCreateParamsBase as BetaMessageCreateParams,
  BetaMessageParam,
  BetaToolResultBlockParam,
} from '@anthropic-ai/sdk/resources/beta/messages/messages';
import Ajv2020 from 'ajv/dist/2020.js';

/** The API's limits, as its documentation states them. */
export const API_LIMITS = {
  cacheBreakpoints: 4,
  toolName: /^[a-zA-Z0-9_-]{1,64}$/,
  imageMediaTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'],
  imageBytes: 5 * 1024 * 1024,
  imageDimension: 8000,
  /** With more than this many images in one request, each may be at most `manyImagesDimension` pixels a side. */
  manyImages: 20,
  manyImagesDimension: 2000,
  imagesPerRequest: 100,
} as const;

/** What the request breaks, in the API's words, or null when the API would take it. */
export function messagesRequestProblem(
  body: Record<string, unknown>,
  endpoint: 'messages' | 'count_tokens',
): string | null {
  if (typeof body.model !== 'string' || body.model === '') return 'model: Field required';
  // 0 is allowed: it warms the prompt cache without generating.
  if (endpoint === 'messages' && !(Number.isInteger(body.max_tokens) && (body.max_tokens as number) >= 0)) {
    if (body.max_tokens === undefined) return 'max_tokens: Field required';
    return 'max_tokens: Input should be a non-negative integer';
  }
  if (!Array.isArray(body.messages)) return 'messages: Field required';
  const request = body as unknown as BetaMessageCreateParams;
  return (
    toolsProblem(request.tools) ??
    messagesProblem(request.messages) ??
    cacheControlProblem(request) ??
    imagesProblem(request.messages)
  );
}

const schemaChecker = new Ajv2020({ strict: false, validateFormats: false });

function toolsProblem(tools: BetaMessageCreateParams['tools']): string | null {
  if (tools === undefined) return null;
  if (!Array.isArray(tools)) return 'tools: Input should be a valid list';
  const names = new Set<string>();
  for (const [index, tool] of tools.entries()) {
    const entry = tool as { type?: string; name?: string; input_schema?: unknown };
    const at = `tools.${index}`;
    // Anthropic-defined tools and toolsets carry a dated type; the API knows their names and schemas itself.
    if (entry.type !== undefined && entry.type !== 'custom') {
      if (!/^[a-z_]+_\d{8}$/.test(entry.type)) {
        return `${at}.type: Input tag '${entry.type}' does not match any of the expected tags`;
      }
      continue;
    }
    if (typeof entry.name !== 'string' || !API_LIMITS.toolName.test(entry.name)) {
      return `${at}.custom.name: String should match pattern '^[a-zA-Z0-9_-]{1,64}$'`;
    }
    if (names.has(entry.name)) return `tools: Tool names must be unique.`;
    names.add(entry.name);
    const schema = entry.input_schema as { type?: unknown } | undefined;
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
      return `${at}.custom.input_schema: Field required`;
    }
    if (schema.type !== 'object') return `${at}.custom.input_schema.type: Input should be 'object'`;
    if (!schemaChecker.validateSchema(schema)) {
      const why = schemaChecker.errorsText(schemaChecker.errors);
      return `${at}.custom.input_schema: JSON schema is invalid - please consult https://json-schema.org (${why})`;
    }
  }
  return null;
}

function blocksOf(message: BetaMessageParam): BetaContentBlockParam[] {
  if (typeof message.content === 'string') return [{ type: 'text', text: message.content }];
  return (message.content ?? []) as BetaContentBlockParam[];
}

/**
 * Roles, content and tool pairing. `role: "system"` messages (instructions placed between turns) are left out of the
 * conversation these rules walk; Tabwright sends none.
 */
function messagesProblem(all: BetaMessageParam[]): string | null {
  const messages = all.flatMap((message, index) => (message.role === 'system' ? [] : [{ message, index }]));
  if (messages.length === 0) return 'messages: at least one message is required';
  if (messages[0]?.message.role !== 'user') return 'messages: first message must use the "user" role';
  let previousToolUses: string[] = [];
  for (const [position, { message, index }] of messages.entries()) {
    const at = `messages.${index}`;
    if (message.role !== 'user' && message.role !== 'assistant') {
      return `${at}.role: Input should be 'user', 'assistant' or 'system'`;
    }
    if (position > 0 && messages[position - 1]!.message.role === message.role) {
      return (
        'messages: roles must alternate between "user" and "assistant", ' +
        `but found multiple "${message.role}" roles in a row`
      );
    }
    if (typeof message.content !== 'string' && (!Array.isArray(message.content) || message.content.length === 0)) {
      return `${at}: all messages must have non-empty content except for the optional final assistant message`;
    }
    const blocks = blocksOf(message);
    const blank = blocks.findIndex((block) => block.type === 'text' && block.text.trim() === '');
    if (blank >= 0) return `${at}.content.${blank}.text: text content blocks must contain non-whitespace text`;
    const results = blocks.filter((block): block is BetaToolResultBlockParam => block.type === 'tool_result');
    if (message.role === 'user') {
      const leading = blocks.findIndex((block) => block.type !== 'tool_result');
      const leadingResults = leading < 0 ? blocks.length : leading;
      if (previousToolUses.length > 0) {
        const answered = new Set(results.map((result) => result.tool_use_id));
        const missing = previousToolUses.filter((id) => !answered.has(id));
        if (missing.length > 0) {
          return (
            `messages.${messages[position - 1]!.index}: \`tool_use\` ids were found without \`tool_result\` blocks ` +
            `immediately after: ${missing.join(', ')}. ` +
            'Each `tool_use` block must have a corresponding `tool_result` block in the next message.'
          );
        }
        if (leadingResults < previousToolUses.length) {
          return (
            `${at}: Did not find ${previousToolUses.length} \`tool_result\` block(s) at the beginning of this message. ` +
            'Messages following `tool_use` blocks must begin with a matching number of `tool_result` blocks.'
          );
        }
      }
      const expected = new Set(previousToolUses);
      for (const [blockIndex, block] of blocks.entries()) {
        if (block.type !== 'tool_result') continue;
        if (!expected.has(block.tool_use_id)) {
          return (
            `${at}.content.${blockIndex}: unexpected \`tool_use_id\` found in \`tool_result\` blocks: ${block.tool_use_id}. ` +
            'Each `tool_result` block must have a corresponding `tool_use` block in the previous message.'
          );
        }
        expected.delete(block.tool_use_id);
      }
      previousToolUses = [];
    } else {
      if (results.length > 0) return `${at}.content: tool_result blocks are only allowed in user messages`;
      const uses = blocks.filter((block) => block.type === 'tool_use');
      for (const use of uses) {
        if (typeof use.input !== 'object' || use.input === null || Array.isArray(use.input)) {
          return `${at}: tool_use.input: Input should be a valid dictionary`;
        }
      }
      previousToolUses = uses.map((use) => use.id);
    }
  }
  return null;
}

function cacheControlProblem(request: BetaMessageCreateParams): string | null {
  const marked = (block: unknown) =>
    typeof block === 'object' && block !== null && (block as { cache_control?: unknown }).cache_control != null;
  let found = 0;
  for (const tool of request.tools ?? []) if (marked(tool)) found++;
  if (Array.isArray(request.system)) for (const block of request.system) if (marked(block)) found++;
  for (const message of request.messages) {
    for (const block of blocksOf(message)) {
      if (marked(block)) found++;
      if (block.type !== 'tool_result' || !Array.isArray(block.content)) continue;
      for (const part of block.content) if (marked(part)) found++;
    }
  }
  if (found <= API_LIMITS.cacheBreakpoints) return null;
  return `A maximum of ${API_LIMITS.cacheBreakpoints} blocks with cache_control may be provided. Found ${found}.`;
}

/** Every base64 image of the request, with the path the API names it by. */
function imagesOf(messages: BetaMessageParam[]): Array<{ at: string; image: BetaImageBlockParam }> {
  const images: Array<{ at: string; image: BetaImageBlockParam }> = [];
  for (const [index, message] of messages.entries()) {
    for (const [blockIndex, block] of blocksOf(message).entries()) {
      const at = `messages.${index}.content.${blockIndex}`;
      if (block.type === 'image') images.push({ at, image: block });
      if (block.type === 'tool_result' && Array.isArray(block.content)) {
        for (const [partIndex, part] of block.content.entries()) {
          if (part.type === 'image') images.push({ at: `${at}.content.${partIndex}`, image: part });
        }
      }
    }
  }
  return images;
}

function imagesProblem(messages: BetaMessageParam[]): string | null {
  const images = imagesOf(messages);
  if (images.length > API_LIMITS.imagesPerRequest) {
    return `Too many images in the request: ${images.length} (at most ${API_LIMITS.imagesPerRequest})`;
  }
  const maxSide = images.length > API_LIMITS.manyImages ? API_LIMITS.manyImagesDimension : API_LIMITS.imageDimension;
  for (const { at, image } of images) {
    const source = image.source;
    if (source.type !== 'base64') continue;
    if (!(API_LIMITS.imageMediaTypes as readonly string[]).includes(source.media_type)) {
      return `${at}.image.source.base64.media_type: Input should be ${API_LIMITS.imageMediaTypes.map((t) => `'${t}'`).join(', ')}`;
    }
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(source.data) || source.data.length % 4 !== 0) {
      return `${at}.image.source.base64.data: The image data is not valid base64.`;
    }
    const bytes = Buffer.from(source.data, 'base64');
    if (bytes.length > API_LIMITS.imageBytes) {
      return `${at}.image.source.base64.data: image exceeds 5 MB maximum: ${bytes.length} bytes > ${API_LIMITS.imageBytes} bytes`;
    }
    const size = imageSize(bytes, source.media_type);
    if (!size) {
      return (
        `${at}.image.source.base64.data: The image was specified using the ${source.media_type} media type, ` +
        'but the image appears to be of a different type or is not a valid image'
      );
    }
    if (size.width > maxSide || size.height > maxSide) {
      return (
        `${at}.image.source.base64.data: At least one of the image dimensions exceed max allowed size ` +
        `for many-image requests: ${maxSide} pixels`
      );
    }
  }
  return null;
}

/** Width and height from the image's own header, or null when the bytes are not an image of that type. */
export function imageSize(bytes: Buffer, mediaType: string): { width: number; height: number } | null {
  if (mediaType === 'image/png') {
    const signature =
      bytes.subarray(0, 8).toString('hex') === '89504e470d0a1a0a' &&
      bytes.subarray(12, 16).toString('latin1') === 'IHDR';
    return signature && bytes.length >= 24 ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : null;
  }
  if (mediaType === 'image/gif') {
    const header = bytes.subarray(0, 6).toString('latin1');
    if ((header !== 'GIF87a' && header !== 'GIF89a') || bytes.length < 10) return null;
    return { width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8) };
  }
  if (mediaType === 'image/webp') {
    const riff =
      bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP';
    if (!riff) return null;
    const chunk = bytes.subarray(12, 16).toString('latin1');
    if (chunk === 'VP8X' && bytes.length >= 30) {
      return { width: 1 + bytes.readUIntLE(24, 3), height: 1 + bytes.readUIntLE(27, 3) };
    }
    if (chunk === 'VP8 ' && bytes.length >= 30) {
      return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff };
    }
    if (chunk === 'VP8L' && bytes.length >= 25) {
      const bits = bytes.readUInt32LE(21);
      return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
    }
    return null;
  }
  if (mediaType === 'image/jpeg') {
    if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
    let offset = 2;
    while (offset + 9 < bytes.length) {
      if (bytes[offset] !== 0xff) return null;
      const marker = bytes[offset + 1]!;
      const length = bytes.readUInt16BE(offset + 2);
      // Start-of-frame markers (baseline, progressive, ...) carry the size; C4, C8 and CC are not frames.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { width: bytes.readUInt16BE(offset + 7), height: bytes.readUInt16BE(offset + 5) };
      }
      offset += 2 + length;
    }
    return null;
  }
  return null;
}
