import type { BetaMessageParam } from '@anthropic-ai/sdk/resources/beta';
import { describe, expect, it } from 'vitest';
import { compactHistory, estimateConversationTokens, pruneImages } from '../../../src/background/agent/history';
import { pageStateMessage } from '../../../src/background/agent/prompt';

function turn(step: number): BetaMessageParam[] {
  return [
    { role: 'assistant', content: [{ type: 'tool_use', id: `t${step}`, name: 'read_page', input: {} }] },
    {
      role: 'user',
      content: [
        { type: 'tool_result', tool_use_id: `t${step}`, content: [{ type: 'text', text: 'x'.repeat(5000) }] },
        {
          type: 'text',
          text: pageStateMessage({ url: `https://shop.example/${step}`, title: 'Shop', snapshot: 'y'.repeat(4000) }),
        },
      ],
    },
  ];
}

describe('history compaction', () => {
  it('shortens old page states and bulky results, keeps the newest turns and every action', () => {
    const messages: BetaMessageParam[] = [
      { role: 'user', content: [{ type: 'text', text: '<task>buy</task>' }] },
      ...turn(1),
      ...turn(2),
      ...turn(3),
    ];
    const before = estimateConversationTokens(messages);
    const shortened = compactHistory(messages, { keepRecentTurns: 1 });
    expect(shortened).toBe(4);
    expect(estimateConversationTokens(messages)).toBeLessThan(before / 2);

    const step1 = messages[2]!.content as Array<{ type: string; text?: string; content?: Array<{ text: string }> }>;
    expect(step1[1]!.text).toBe(
      '<page_state> (earlier page state omitted; it was https://shop.example/1) </page_state>',
    );
    expect(step1[0]!.content![0]!.text).toMatch(/^x{200}… \(rest of this earlier result omitted/);
    const newest = messages[6]!.content as Array<{ text?: string }>;
    expect(newest[1]!.text).toContain('y'.repeat(4000));
    expect(messages.filter((m) => m.role === 'assistant')).toHaveLength(3);
    expect((messages[0]!.content as Array<{ text: string }>)[0]!.text).toBe('<task>buy</task>');
  });

  it('closes an untrusted block its cut left open, so what follows is not read as page content (nor the reverse)', () => {
    const messages: BetaMessageParam[] = [
      { role: 'user', content: [{ type: 'text', text: '<task>buy</task>' }] },
      ...turn(1),
      ...turn(2),
    ];
    const first = messages[2]!.content as Array<{ type: string; content?: Array<{ type: 'text'; text: string }> }>;
    first[0]!.content = [
      { type: 'text', text: `Clicked.\n<untrusted_page_content>\n${'z'.repeat(3000)}\n</untrusted_page_content>` },
    ];
    compactHistory(messages, { keepRecentTurns: 1 });
    const compacted = messages[2]!.content as Array<{ content?: Array<{ text: string }> }>;
    const kept = compacted[0]!.content![0]!.text;
    expect(kept).toMatch(
      /^Clicked\.\n<untrusted_page_content>\nz+…<\/untrusted_page_content> \(rest of this earlier result omitted/,
    );
  });

  it('is idempotent: a second pass changes nothing', () => {
    const messages = [...turn(1), ...turn(2)];
    compactHistory(messages, { keepRecentTurns: 1 });
    expect(compactHistory(messages, { keepRecentTurns: 1 })).toBe(0);
  });
});

describe('screenshot pruning', () => {
  const image = {
    type: 'image' as const,
    source: { type: 'base64' as const, media_type: 'image/jpeg' as const, data: 'AAAA' },
  };
  it('keeps the newest two screenshots, wherever they are, and replaces the rest by a line', () => {
    const messages: BetaMessageParam[] = [
      { role: 'user', content: [{ type: 'text', text: 'task' }, image] },
      { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'screenshot', input: {} }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: [image] }, image] },
      { role: 'assistant', content: [{ type: 'text', text: 'ok' }] },
      { role: 'user', content: [image] },
    ];
    expect(pruneImages(messages, 2)).toBe(2);
    const kinds = messages.flatMap((message) =>
      (message.content as Array<{ type: string; content?: Array<{ type: string }> }>).flatMap((block) =>
        block.type === 'tool_result' ? block.content!.map((part) => `result:${part.type}`) : [block.type],
      ),
    );
    expect(kinds).toEqual(['text', 'text', 'tool_use', 'result:text', 'image', 'text', 'image']);
    expect(pruneImages(messages, 2)).toBe(0);
  });
});
