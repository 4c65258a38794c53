import assert from 'node:assert/strict';
import type { ArticleFile, Caption } from '../../src/core/article/model';
import { parseArticleFile } from '../../src/core/article/parse';
import type { Span } from '../../src/core/text/span';

/** The words a span points at: every part of the model is checked this way, never by bare offsets. */
function at(file: ArticleFile, span: Span | undefined): string | undefined {
  return span ? file.text.slice(span.start, span.end) : undefined;
}

const plain = (text: string): ArticleFile => parseArticleFile(text, { format: 'plain' });
const markdown = (text: string): ArticleFile => parseArticleFile(text, { format: 'markdown' });
const lf = (lines: readonly string[]): string => lines.join('\n') + '\n';
const crlf = (lines: readonly string[]): string => lines.join('\r\n') + '\r\n';

const FERRY = [
  'Arctic Ferry Line Reopens After Storm',
  '',
  'By Jane Doe',
  '',
  '3 March 2025, Norway, Tromsø: Crew members secure the mooring lines of the coastal ferry at the harbour. (NTB via AP)',
  '3 March 2025, Norway, Tromsø: Passengers wait with their bicycles on the quay as the first ferry arrives. (Reuters)',
  'TT',
  '',
  'OSLO, Norway (AP) — The coastal ferry between Tromsø and the outer islands resumed sailings on Monday.',
  '',
  '"We have waited a long time for this morning," harbour master Ingrid Solberg said.',
  '',
  "'Lifeline'",
  '',
  "The ferry had been chartered by the Democratic People's Republic of Korea (DPRK)",
];

function ferryAssertions(file: ArticleFile): void {
  assert.equal(file.articles.length, 1);
  const article = file.articles[0]!;
  assert.equal(at(file, article.headline), 'Arctic Ferry Line Reopens After Storm');
  assert.equal(article.headline!.text, 'Arctic Ferry Line Reopens After Storm');
  assert.equal(at(file, article.byline), 'By Jane Doe');

  assert.equal(article.photoBlocks.length, 1);
  const photo = article.photoBlocks[0]!;
  assert.deepEqual(
    photo.strays.map((line) => at(file, line)),
    ['TT'],
  );
  assert.deepEqual(
    article.captions.map((caption) => at(file, caption.credit)),
    ['NTB via AP', 'Reuters'],
  );
  assert.deepEqual(
    article.captions.map((caption) => caption.credit.text),
    ['NTB via AP', 'Reuters'],
  );
  const first = article.captions[0]!;
  assert.equal(at(file, first), FERRY[4]);
  assert.equal(first.line.index, 4);
  assert.equal(at(file, first.dateline), '3 March 2025, Norway, Tromsø:');
  assert.equal(at(file, first.dateline!.date), '3 March 2025');
  assert.deepEqual(
    first.dateline!.places.map((place) => at(file, place)),
    ['Norway', 'Tromsø'],
  );
  assert.deepEqual(
    first.dateline!.places.map((place) => place.text),
    ['Norway', 'Tromsø'],
  );

  assert.equal(at(file, article.dateline), 'OSLO, Norway (AP) —');
  assert.equal(article.dateline!.date, undefined);
  assert.deepEqual(
    article.dateline!.places.map((place) => at(file, place)),
    ['OSLO', 'Norway'],
  );

  assert.deepEqual(
    article.crossheads.map((crosshead) => at(file, crosshead)),
    ["'Lifeline'"],
  );
  assert.deepEqual(
    article.paragraphs.map((paragraph) => at(file, paragraph)),
    [FERRY[8], FERRY[10], FERRY[14]],
  );
  assert.deepEqual(
    article.blocks.map((block) => block.kind),
    ['headline', 'byline', 'photo', 'paragraph', 'paragraph', 'crosshead', 'paragraph'],
  );
  assert.equal(at(file, article), file.text.trimEnd());
}

describe('article model', () => {
  describe('a plain article in the shape of wire copy', () => {
    it('finds headline, byline, photo block with captions, credits and datelines, the story dateline, crossheads and paragraphs', () => {
      ferryAssertions(plain(lf(FERRY)));
    });

    it('points at the same words when the lines end in CRLF', () => {
      ferryAssertions(plain(crlf(FERRY)));
    });

    it('does not take a body sentence ending in a bracket, "(DPRK)", for a caption', () => {
      const file = plain(lf(FERRY));
      assert.equal(file.articles[0]!.blocks.at(-1)!.kind, 'paragraph');
      assert.ok(!file.articles[0]!.captions.some((caption) => caption.text.endsWith('(DPRK)')));
    });
  });

  it('keeps a stray byte order mark out of the headline when a front end leaves it in', () => {
    const file = plain(`\uFEFF${crlf(FERRY)}`);
    assert.equal(at(file, file.articles[0]!.headline), 'Arctic Ferry Line Reopens After Storm');
    assert.equal(at(file, file.articles[0]!.captions[0]!.credit), 'NTB via AP');
  });

  describe('credits', () => {
    const creditOf = (caption: string): string | undefined => {
      const file = plain(lf(['Lantern Festival Opens', '', caption, '', 'The city lit more than 20,000 lanterns on Sunday evening.']));
      return at(file, file.articles[0]!.captions[0]?.credit);
    };

    it('spans the words inside the brackets, without the brackets or spaces inside them', () => {
      assert.equal(creditOf('Visitors walk beneath paper lanterns in central Seoul. ( Yonhap/EPA )'), 'Yonhap/EPA');
      assert.equal(creditOf('Visitors walk beneath lanterns on 12 January 2025 (KCNA via YNA/dpa)  '), 'KCNA via YNA/dpa');
    });

    it('closes a caption without a full stop when it names an agency', () => {
      assert.equal(creditOf('Visitors walk beneath paper lanterns in central Seoul (Reuters)'), 'Reuters');
      assert.equal(creditOf('Visitors walk beneath paper lanterns in central Seoul (AP Photo/Lee Jin-man)'), 'AP Photo/Lee Jin-man');
    });

    it('is not found in a bracket that ends a sentence of copy', () => {
      assert.equal(creditOf('The festival is run by the Seoul Tourism Organization (STO)'), undefined);
      assert.equal(creditOf("The talks were proposed by the Democratic People's Republic of Korea (DPRK)"), undefined);
    });
  });

  describe('captions with emoji and names in other scripts', () => {
    const lines = [
      'Festival Nights in Three Cities',
      '',
      '12 January 2025, South Korea, Seoul: Kim Min-ji (김민지) hangs a tiger lantern 🐯 over the Cheonggyecheon stream. (Yonhap/EPA)',
      '5 May 2025, Poland, Łódź: Fans of Widzew Łódź 🎉 celebrate promotion outside the stadium. (PAP/EPA)',
      '9 June 2025, Ukraine, Київ: Ірина Коваль 👩‍🎨 paints a mural near the station. (Ukrinform/dpa)',
      '',
      'Three cities held their festival nights this year, and each drew record crowds.',
    ];

    for (const [ending, text] of [
      ['LF', lf(lines)],
      ['CRLF', crlf(lines)],
    ] as const) {
      it(`keeps every span on its words past multi-unit characters (${ending})`, () => {
        const file = plain(text);
        const captions: readonly Caption[] = file.articles[0]!.captions;
        assert.deepEqual(
          captions.map((caption) => at(file, caption)),
          lines.slice(2, 5),
        );
        assert.deepEqual(
          captions.map((caption) => at(file, caption.credit)),
          ['Yonhap/EPA', 'PAP/EPA', 'Ukrinform/dpa'],
        );
        assert.deepEqual(
          captions.map((caption) => at(file, caption.dateline!.date)),
          ['12 January 2025', '5 May 2025', '9 June 2025'],
        );
        assert.deepEqual(
          captions.map((caption) => caption.dateline!.places.map((place) => at(file, place))),
          [
            ['South Korea', 'Seoul'],
            ['Poland', 'Łódź'],
            ['Ukraine', 'Київ'],
          ],
        );
      });
    }
  });

  describe('the story dateline', () => {
    it('reads a dpa-style dateline at the start of the first paragraph, with its date and places', () => {
      const file = plain(lf(['Ferry Line Reopens', '', '3 March 2025, Norway, Tromsø: The coastal ferry resumed sailings on Monday.']));
      const dateline = file.articles[0]!.dateline!;
      assert.equal(at(file, dateline), '3 March 2025, Norway, Tromsø:');
      assert.equal(dateline.text, '3 March 2025, Norway, Tromsø:');
      assert.equal(at(file, dateline.date), '3 March 2025');
      assert.deepEqual(
        dateline.places.map((place) => at(file, place)),
        ['Norway', 'Tromsø'],
      );
    });

    it('reads a wire dateline with a city in capitals and an agency', () => {
      const file = plain(lf(['Ferry Line Reopens', '', 'TROMSØ (Reuters) - The coastal ferry resumed sailings on Monday.']));
      assert.equal(at(file, file.articles[0]!.dateline), 'TROMSØ (Reuters) -');
      assert.deepEqual(
        file.articles[0]!.dateline!.places.map((place) => at(file, place)),
        ['TROMSØ'],
      );
    });

    for (const opening of [
      'Oslo, the capital, saw no ferries — none at all — on Monday.',
      'US — and Norwegian — ferries stayed in port on Monday.',
      'NATO - allied ships stayed in port on Monday.',
    ]) {
      it(`finds none in a paragraph that opens like a sentence: "${opening.slice(0, 20)}..."`, () => {
        const file = plain(lf(['Ferry Line Reopens', '', opening]));
        assert.equal(file.articles[0]!.dateline, undefined);
      });
    }

    it('reads a wire dateline without an agency when the city is followed by a dash', () => {
      const file = plain(lf(['Ferry Line Reopens', '', 'KYIV — The ferry resumed sailings on Monday.']));
      assert.equal(at(file, file.articles[0]!.dateline), 'KYIV —');
    });
  });

  describe('bylines', () => {
    const bylineOf = (line: string): string | undefined => {
      const file = plain(lf(['Ferry Line Reopens', '', line, '', 'The coastal ferry resumed sailings on Monday after a week.']));
      return at(file, file.articles[0]!.byline);
    };

    for (const line of [
      'By Jane Doe',
      'By Jane Doe, Associated Press',
      'By Jean-Luc Martin and Åsa Lindqvist, Reuters',
      'By Kim Min-ji in Seoul',
      "By Siobhán O'Neill, staff writer",
    ]) {
      it(`reads "${line}" as a byline`, () => assert.equal(bylineOf(line), line));
    }

    for (const line of [
      'By Monday, EU leaders had agreed',
      'By Christmas, the ferry will run again',
      'By June 2022, EU leaders had quickly made it all official.',
    ]) {
      it(`does not read the sentence "${line}" as a byline`, () => assert.equal(bylineOf(line), undefined));
    }
  });

  describe('a file of several articles', () => {
    const lines = [
      'Arctic Ferry Line Reopens After Storm',
      '',
      '3 March 2025, Norway, Tromsø: Crew members secure the mooring lines of the coastal ferry at the harbour. (NTB via AP)',
      'TT',
      '',
      '',
      'Arctic Ferry Line Reopens After Storm',
      '',
      'The coastal ferry resumed sailings on Monday, a week after the storm.',
      '',
      "'Lifeline'",
      '',
      'Islanders rely on the ferry for school and work.',
      '',
      '',
      '',
      'Seoul Lights Lanterns for the New Year',
      '',
      '12 January 2025, South Korea, Seoul: Visitors walk beneath paper lanterns in central Seoul. (Yonhap/EPA)',
      '',
      'The city lit more than 20,000 lanterns on Sunday evening.',
    ];
    const file = plain(lf(lines));

    it('splits at a lone headline after two or more blank lines, once a story has a paragraph', () => {
      assert.deepEqual(
        file.articles.map((article) => at(file, article.headline)),
        ['Arctic Ferry Line Reopens After Storm', 'Seoul Lights Lanterns for the New Year'],
      );
      assert.deepEqual(
        file.articles.map((article) => article.index),
        [0, 1],
      );
    });

    it('does not split at the headline repeated after the photo block, even after two blank lines', () => {
      const first = file.articles[0]!;
      assert.deepEqual(
        first.blocks.map((block) => block.kind),
        ['headline', 'photo', 'crosshead', 'paragraph', 'crosshead', 'paragraph'],
      );
      assert.equal(at(file, first.blocks[2]), 'Arctic Ferry Line Reopens After Storm');
    });

    it('gives each article its own parts, lines and span', () => {
      const [first, second] = file.articles;
      assert.deepEqual(
        first!.captions.map((caption) => at(file, caption.credit)),
        ['NTB via AP'],
      );
      assert.deepEqual(
        second!.captions.map((caption) => at(file, caption.credit)),
        ['Yonhap/EPA'],
      );
      assert.deepEqual(
        first!.crossheads.map((crosshead) => at(file, crosshead)),
        ['Arctic Ferry Line Reopens After Storm', "'Lifeline'"],
      );
      assert.deepEqual(
        second!.paragraphs.map((paragraph) => at(file, paragraph)),
        ['The city lit more than 20,000 lanterns on Sunday evening.'],
      );
      assert.equal(at(file, first), lines.slice(0, 13).join('\n'));
      assert.equal(at(file, second), lines.slice(16).join('\n'));
      assert.deepEqual([first!.lines[0]!.index, first!.lines.at(-1)!.index], [0, 12]);
      assert.deepEqual([second!.lines[0]!.index, second!.lines.at(-1)!.index], [16, 20]);
    });

    it('splits the same way with CRLF line endings', () => {
      const crlfFile = plain(crlf(lines));
      assert.deepEqual(
        crlfFile.articles.map((article) => at(crlfFile, article.headline)),
        ['Arctic Ferry Line Reopens After Storm', 'Seoul Lights Lanterns for the New Year'],
      );
      assert.equal(at(crlfFile, crlfFile.articles[1]), lines.slice(16).join('\r\n'));
    });
  });

  describe('front-matter', () => {
    const story = ['Ferry Line Reopens', '', 'The coastal ferry resumed sailings on Monday after a week.'];

    for (const [ending, join] of [
      ['LF', lf],
      ['CRLF', crlf],
    ] as const) {
      it(`reads a closed --- block at the top of the file and keeps it out of the article (${ending})`, () => {
        const file = plain(join(['---', 'title: Ferry line reopens', 'date: 2025-03-03', '---', ...story]));
        const newline = ending === 'LF' ? '\n' : '\r\n';
        assert.equal(at(file, file.frontMatter), ['---', 'title: Ferry line reopens', 'date: 2025-03-03', '---'].join(newline));
        assert.equal(at(file, file.frontMatter!.yaml), ['title: Ferry line reopens', 'date: 2025-03-03', ''].join(newline));
        assert.equal(file.articles.length, 1);
        assert.equal(at(file, file.articles[0]!.headline), 'Ferry Line Reopens');
      });
    }

    it('takes only `---` as the closing fence, as remark does: a block closed by `...` stays copy', () => {
      const file = plain(lf(['---', 'title: Ferry', '...', ...story]));
      assert.equal(file.frontMatter, undefined);
      assert.ok(file.articles[0]!.blocks.some((block) => at(file, block)!.includes('title: Ferry')));
    });

    it('leaves an opening fence that never closes as copy, hiding nothing', () => {
      const file = plain(lf(['---', 'title: Ferry line reopens', '', ...story]));
      assert.equal(file.frontMatter, undefined);
      assert.ok(file.articles[0]!.blocks.some((block) => at(file, block)!.includes('title: Ferry line reopens')));
    });

    it('makes the file one story, even with blank lines before a lone headline', () => {
      const file = plain(
        lf(['---', 'title: Ferry', '---', ...story, '', '', '', 'Second Headline Here', '', 'More copy follows in the same story.']),
      );
      assert.equal(file.articles.length, 1);
    });
  });

  describe('a Markdown article', () => {
    const lines = [
      '---',
      'title: Ferry line reopens',
      '---',
      '',
      '# Arctic Ferry Line *Reopens*',
      '',
      'The coastal ferry resumed sailings on **Monday**, the operator [said](https://example.com/ferry).',
      '',
      '## Lifeline',
      '',
      '```',
      'sailings: 4 "daily"',
      '```',
      '',
      '- Tromsø to Skjervøy',
      '- Tromsø to Karlsøy',
    ];

    it('reads an image with its caption in italics below it as a photo block', () => {
      const file = markdown(
        lf([
          '# Lanterns',
          '',
          '![Lanterns over the stream](lanterns.jpg)',
          '*12 January 2025, South Korea, Seoul: Visitors walk beneath lanterns. (Yonhap/EPA)*',
          '',
          'The city lit the lanterns.',
        ]),
      );
      const caption = file.articles[0]!.captions[0]!;
      assert.deepEqual(file.articles[0]!.photoBlocks[0]!.strays, []);
      assert.equal(at(file, caption.credit), 'Yonhap/EPA');
      assert.equal(at(file, caption.dateline), '12 January 2025, South Korea, Seoul:');
      assert.equal(at(file, caption.dateline!.date), '12 January 2025');
    });

    for (const [ending, join] of [
      ['LF', lf],
      ['CRLF', crlf],
    ] as const) {
      it(`reads front-matter, headline, paragraphs, crossheads, code and lists, with prose only in the words (${ending})`, () => {
        const file = markdown(join(lines));
        assert.ok(file.frontMatter);
        assert.equal(file.articles.length, 1);
        const article = file.articles[0]!;
        assert.deepEqual(
          article.blocks.map((block) => block.kind),
          ['headline', 'paragraph', 'crosshead', 'verbatim', 'paragraph'],
        );
        assert.equal(at(file, article.headline), 'Arctic Ferry Line *Reopens*');
        assert.equal(article.headline!.text, 'Arctic Ferry Line Reopens');
        assert.deepEqual(
          article.headline!.prose.map((span) => at(file, span)),
          ['Arctic Ferry Line ', 'Reopens'],
        );
        assert.deepEqual(
          article.paragraphs[0]!.prose.map((span) => at(file, span)),
          ['The coastal ferry resumed sailings on ', 'Monday', ', the operator ', 'said', '.'],
        );
        assert.deepEqual(
          article.crossheads.map((crosshead) => at(file, crosshead)),
          ['Lifeline'],
        );
        const code = article.blocks[3]!;
        assert.deepEqual(code.prose, []);
        assert.equal(at(file, code.lines[1]), 'sailings: 4 "daily"');
        assert.deepEqual(
          article.paragraphs[1]!.prose.map((span) => at(file, span)),
          ['Tromsø to Skjervøy', 'Tromsø to Karlsøy'],
        );
      });
    }
  });

  describe('any text', () => {
    const odd = [
      '',
      '\n',
      '   \n\n\t',
      '---',
      '---\n---\n',
      'TT',
      '\r',
      '"',
      '\u0000binary\u0000',
      'x'.repeat(5000),
      '# \n',
      '```\nunclosed',
      '> ',
      '(AP)',
      'By',
      '\uD83D',
      '\uFEFF',
    ];

    for (const format of ['plain', 'markdown'] as const) {
      it(`gives a model whose every part lies inside the text (${format})`, () => {
        for (const text of odd) {
          const file = parseArticleFile(text, { format });
          for (const article of file.articles) {
            for (const block of article.blocks) {
              assert.ok(
                0 <= block.start && block.start <= block.end && block.end <= text.length,
                `${JSON.stringify(text)}: ${block.kind} out of range`,
              );
              for (const span of block.prose) assert.ok(block.lines[0]!.start <= span.start && span.end <= block.lines.at(-1)!.end);
            }
          }
        }
      });
    }

    it('has no article in a file of blank lines', () => {
      assert.deepEqual(plain('  \n\n\t\n').articles, []);
    });
  });
});
