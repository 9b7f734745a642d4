/**
 * What the checker decides about files the site would otherwise read differently or not at
 * all: links, codes that share an address, page names the site uses, YAML tricks, dates,
 * encodings, colours, and content far larger than a ficha.
 */
import { symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { errorsOf } from '../../src/lib/check/problem.ts';
import {
  BP,
  checkMessages,
  MDX,
  readFixture,
  replaceLine,
  useSandbox,
} from '../helpers/content-sandbox.ts';

const sandbox = useSandbox();

const check = () => checkContent(path.join(sandbox.root, 'content'), sandbox.root);
const loadedFiles = async () => (await check()).entries.map((entry) => entry.file).sort();

/** A repository-style practice with the given code, written as `file`. */
async function writePractica(file: string, code: string) {
  await sandbox.write(file, replaceLine(await readFixture(MDX), 'code:', `code: ${code}`));
}

describe('symbolic links', () => {
  test('a link to a practice elsewhere is reported and never loaded', async () => {
    const outside = path.join(sandbox.root, 'elsewhere.mdx');
    await writeFile(outside, (await readFixture(MDX)).replace('R4V_PLATFORM', 'LINKED'));
    await symlink(outside, path.join(sandbox.root, 'content/practices/gn/LINKED.mdx'));
    expect(await checkMessages(sandbox)).toMatchInlineSnapshot(`
      [
        "content/practices/gn/LINKED.mdx this is a symbolic link: it is neither read nor published; put the file itself here, not a link to it",
      ]
    `);
    expect(await loadedFiles()).not.toContain('content/practices/gn/LINKED.mdx');
  });

  test('a link to a folder or a non-practice file is reported the same way', async () => {
    await symlink('/etc', path.join(sandbox.root, 'content/practices/etc'));
    await symlink('/etc/hostname', path.join(sandbox.root, 'content/pages/hostname.md'));
    expect(await checkMessages(sandbox)).toEqual([
      expect.stringMatching(/^content\/pages\/hostname\.md this is a symbolic link/),
      expect.stringMatching(/^content\/practices\/etc this is a symbolic link/),
    ]);
  });
});

describe('codes share one address regardless of case', () => {
  test('two codes that differ only in case name each other', async () => {
    await writePractica('content/practices/gn/ZZCASE.mdx', 'ZZCASE');
    await writePractica('content/practices/gn/zzcase.mdx', 'zzcase');
    expect(await checkMessages(sandbox)).toMatchInlineSnapshot(`
      [
        "content/practices/gn/zzcase.mdx:3 code: code 'zzcase' is also used by content/practices/gn/ZZCASE.mdx ('ZZCASE'); two codes that differ only in case would share one address; each practice needs a code of its own",
        "content/practices/gn/ZZCASE.mdx:3 code: code 'ZZCASE' is also used by content/practices/gn/zzcase.mdx ('zzcase'); two codes that differ only in case would share one address; each practice needs a code of its own",
      ]
    `);
  });

  test('a mixed-case variant of an existing code is caught too', async () => {
    await writePractica('content/practices/gn/Other.mdx', 'r4v_Platform');
    const messages = await checkMessages(sandbox);
    expect(messages).toHaveLength(2);
    expect(messages.join('\n')).toContain("code 'r4v_Platform' is also used by");
    expect(await loadedFiles()).not.toContain('content/practices/gn/Other.mdx');
  });
});

describe('front-matter page names', () => {
  test.each(['buscar', 'practicas', 'pagefind', 'print'])(
    "a page named '%s.md' is refused: the site's own page would hide it",
    async (name) => {
      await sandbox.write(`content/pages/${name}.md`, '---\ntitle: X\norder: 9\n---\n\nTexto.\n');
      const [message, ...rest] = await checkMessages(sandbox);
      expect(rest).toEqual([]);
      expect(message).toContain(
        `content/pages/${name}.md page '${name}' would have the address of one of the site's own pages (/${name}/)`,
      );
    },
  );

  test('a file name that cannot be an address is refused with an example', async () => {
    await sandbox.write('content/pages/Mi Página.md', '---\ntitle: X\norder: 9\n---\n\nTexto.\n');
    expect(await checkMessages(sandbox)).toMatchInlineSnapshot(`
      [
        "content/pages/Mi Página.md the file name 'Mi Página' cannot be a page address; use lower-case letters without accents, digits and hyphens, e.g. good-practices.md",
      ]
    `);
  });
});

describe('YAML is read one way', () => {
  test('an alias bomb is refused with a message, not a crash, and other files are still checked', async () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    ].join('\n');
    await sandbox.write(BP, (await readFixture(BP)).replace('---\n', `---\n${bomb}\n`));
    await sandbox.write(MDX, (await readFixture(MDX)).replace('kind: practica', 'kind: practika'));
    const messages = await checkMessages(sandbox);
    expect(messages).toContain(
      'content/practices/ah/BP1_AH.md:2 the header uses too many YAML aliases (*name); write the values out',
    );
    expect(messages.some((line) => line.startsWith('content/practices/gn/R4V_PLATFORM.mdx'))).toBe(
      true,
    );
  });

  test('a value that looks like a date stays the text the editor wrote', async () => {
    await sandbox.write(BP, replaceLine(await readFixture(BP), 'title:', 'title: 2024-05-01'));
    expect(await checkMessages(sandbox)).toEqual([]);
    const practice = (await check()).practices.find((p) => p.data.code === 'BP1_AH');
    expect(practice?.data.title).toBe('2024-05-01');
  });
});

describe('dates are YYYY-MM-DD', () => {
  test.each([
    [
      '19/09/2023',
      "'19/09/2023' is not a valid YYYY-MM-DD date (expected a date YYYY-MM-DD); write it as 2023-09-19",
    ],
    [
      '2023/9/19',
      "'2023/9/19' is not a valid YYYY-MM-DD date (expected a date YYYY-MM-DD); write it as 2023-09-19",
    ],
    [
      '10/09/2023',
      "'10/09/2023' is not a valid YYYY-MM-DD date (expected a date YYYY-MM-DD); write 2023-09-10 if it is day/month, or 2023-10-09 if it is month/day",
    ],
    ['2023', "'2023' is not a valid YYYY-MM-DD date (expected a date YYYY-MM-DD)"],
    ['2023-02-30', "'2023-02-30' is not a valid YYYY-MM-DD date (expected a date YYYY-MM-DD)"],
  ])('%s gets a message with its ISO form when there is one', async (written, expected) => {
    await sandbox.write(
      MDX,
      replaceLine(await readFixture(MDX), 'submitted:', `submitted: ${written}`),
    );
    expect(await checkMessages(sandbox)).toEqual([
      `content/practices/gn/R4V_PLATFORM.mdx:23 submitted: ${expected}`,
    ]);
  });

  test('an ISO date is kept as written, not turned into a time', async () => {
    const practice = (await check()).practices.find((p) => p.data.code === 'R4V_PLATFORM');
    expect(practice?.data).toMatchObject({ submitted: '2024-05-01' });
  });
});

describe('files and values the editor should hear about', () => {
  test('a file saved as UTF-16 is named as such', async () => {
    const text = await readFixture(BP);
    await sandbox.write(
      BP,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    await sandbox.write(
      'content/practices/ah/LA1_AH.md',
      Buffer.from(await readFixture('content/practices/ah/LA1_AH.md'), 'utf16le'),
    );
    expect(await checkMessages(sandbox)).toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP1_AH.md:1 the file is saved as UTF-16; save it as UTF-8 (in Notepad: Save as… > Encoding: UTF-8)",
        "content/practices/ah/LA1_AH.md:1 the file is saved as UTF-16; save it as UTF-8 (in Notepad: Save as… > Encoding: UTF-8)",
      ]
    `);
  });

  test('an area colour too light for white text is refused with its contrast', async () => {
    const area = 'content/areas/AH.md';
    await sandbox.write(area, replaceLine(await readFixture(area), 'colour:', 'colour: "#f4c542"'));
    expect(await checkMessages(sandbox)).toMatchInlineSnapshot(`
      [
        "content/areas/AH.md:5 colour: white text on #f4c542 has a contrast of 1.6:1, below the 4.5:1 it needs to be readable; choose a darker shade",
      ]
    `);
  });

  test('a malformed area colour is one problem, not one per practice of the area', async () => {
    const area = 'content/areas/AH.md';
    await sandbox.write(area, replaceLine(await readFixture(area), 'colour:', 'colour: blue'));
    expect(await checkMessages(sandbox)).toMatchInlineSnapshot(`
      [
        "content/areas/AH.md:5 colour: 'blue' is not in the right format (expected a colour as #rrggbb)",
      ]
    `);
  });

  test('a footnote no text cites is a warning, and the practice still builds', async () => {
    await sandbox.write(BP, `${await readFixture(BP)}\n[^olvidada]: Una nota que nadie cita.\n`);
    const messages = await checkMessages(sandbox);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^content\/practices\/ah\/BP1_AH\.md:\d+ warning: \[\^olvidada\]: footnote \[\^olvidada\] is defined but never cited, so it would not be published; cite it in the text with \[\^olvidada\] or delete its definition$/,
    );
    const result = await check();
    expect(errorsOf(result.problems)).toEqual([]);
    expect(result.practices.map((p) => p.data.code)).toContain('BP1_AH');
  });

  test('a body far larger than a ficha and thousands of keywords are warnings', async () => {
    const keywords = Array.from({ length: 5000 }, (_, i) => `k${i}`).join(', ');
    const text = replaceLine(await readFixture(BP), 'keywords:', `keywords: [${keywords}]`);
    await sandbox.write(BP, `${text}\n${'Texto pegado. '.repeat(10_000)}\n`);
    expect(await checkMessages(sandbox)).toMatchInlineSnapshot(`
      [
        "content/practices/ah/BP1_AH.md warning: the text is 141 KB, far more than a ficha (about 5 KB); was something pasted by mistake?",
        "content/practices/ah/BP1_AH.md:15 warning: keywords: there are 5000 items; a ficha usually has at most 30",
      ]
    `);
  });
});

describe('images come from the content folder only', () => {
  test('an image on another site is a warning: it is never fetched', async () => {
    await sandbox.write(BP, `${await readFixture(BP)}\n![Mapa](http://127.0.0.1:9/mapa.png)\n`);
    expect(await checkMessages(sandbox)).toEqual([
      expect.stringMatching(
        /^content\/practices\/ah\/BP1_AH\.md:\d+ warning: image: image 'http:\/\/127\.0\.0\.1:9\/mapa\.png' is on another site: the build does not fetch it, so it shows as a link and is not printed; put the image next to the file/,
      ),
    ]);
  });

  test('an image outside the content folder is refused, and a stray % does not crash the check', async () => {
    await sandbox.write(
      BP,
      `${await readFixture(BP)}\n![Secreto](../../../../../etc/hostname.png)\n\n![Roto](./50%zz.png)\n`,
    );
    const messages = await checkMessages(sandbox);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain(
      "image: image '../../../../../etc/hostname.png' is outside the content/ folder and is not published",
    );
    expect(messages[1]).toContain("image: image './50%zz.png' does not exist");
  });
});
