/**
 * Wording the built-in lexicons must not mistake for a concept: words of a concept's field used
 * for something else (money as a consequence, salaries as a topic). The lexicon examples pin
 * what is found; these pin what is not.
 */
import { basename } from 'node:path';
import { describe, expect, test } from 'vitest';
import { check } from '../src/check.js';
import { CompiledLexicon } from '../src/lexicon/compile.js';
import { builtinLexiconPaths, loadLexiconFile } from '../src/lexicon/load.js';

const lexicon = CompiledLexicon.compile(builtinLexiconPaths().map((p) => loadLexiconFile(p, `lexicons/${basename(p)}`)));

/** The concepts found in a one-speaker transcript, as `concept stance`. */
function concepts(text: string, lang: 'fr' | 'en'): string[] {
  const r = check(text, { lexicon, language: lang, explain: true });
  return (r.explain ?? []).flatMap((s) => s.mentions.map((m) => `${m.concept} ${m.stance}`));
}

describe('money as the consequence is no motive of money', () => {
  test.each([
    ["Faites ce que vous aimez, l'argent suivra.", 'fr'],
    ["L'argent suit parfois, parfois moins.", 'fr'],
    ["Chez moi, l'argent est venu après, par surprise.", 'fr'],
    ['Do what you love and the money will follow.', 'en'],
    ['The money came later, and it surprised me.', 'en'],
  ] as const)('%s', (text, lang) => {
    expect(concepts(text, lang).filter((c) => c.startsWith('money'))).toEqual([]);
  });

  test('money as the motive still is', () => {
    expect(concepts("Franchement, c'est l'argent qui me fait lever le matin.", 'fr')).toContain('money endorse');
    expect(concepts("I'm in it for the money, let's be honest.", 'en')).toContain('money endorse');
  });
});

describe('what something earns, said of it, is no motive of money', () => {
  test.each([
    ['Ça ne rapporte rien.', 'fr'],
    ['Ce métier ne rapporte pas grand-chose.', 'fr'],
  ] as const)('%s', (text, lang) => {
    expect(concepts(text, lang).filter((c) => c.startsWith('money'))).toEqual([]);
  });
  test('"ça rapporte" still is', () => {
    expect(concepts('Ça rapporte gros.', 'fr')).toContain('money endorse');
  });
});

describe('a benefit denied, said of the topic, counts against it', () => {
  test.each([
    ['Le travail gratuit, ça ne vous fait pas connaître.', 'fr'],
    ['Le travail gratuit, ça ne rapporte rien.', 'fr'],
    ['Le travail gratuit, ça vous rend invisible.', 'fr'],
    ['Free work gets you nothing.', 'en'],
    ['Free work just makes you invisible.', 'en'],
    ['Free work does not get you known.', 'en'],
  ] as const)('%s', (text, lang) => {
    expect(concepts(text, lang)).toEqual(['free-work reject']);
  });
  test('the benefit granted is for it', () => {
    expect(concepts('Le travail gratuit, ça vous fait connaître.', 'fr')).toEqual(['free-work endorse']);
  });
});

describe('patients are people, not patience', () => {
  test.each([
    ['Les patients sont plus nombreux, les soignants moins.', 'fr'],
    ['On a deux patients chacune, parfois trois.', 'fr'],
    ['Our patients come back to say thank you.', 'en'],
    ['The patient was discharged on Monday.', 'en'],
  ] as const)('%s', (text, lang) => {
    expect(concepts(text, lang).filter((c) => c.startsWith('patience'))).toEqual([]);
  });
  test('the virtue still is', () => {
    expect(concepts('Soyez patients avec vos élèves.', 'fr')).toContain('patience endorse');
    expect(concepts('Be patient with your patients.', 'en')).toEqual(['patience endorse']);
  });
});

describe('"has no business", "n\'a pas sa place": said of a topic, against it', () => {
  test.each([
    ['A lawyer who keeps things from a client has no business in this job.', 'en', 'secrecy reject'],
    ["Le travail gratuit n'a pas sa place dans ce métier.", 'fr', 'free-work reject'],
  ] as const)('%s', (text, lang, expected) => {
    expect(concepts(text, lang)).toEqual([expected]);
  });
});

describe('coverage beyond social media: imitating, originality, asking customers', () => {
  test.each([
    ["Celui qui imite n'a rien à dire.", 'fr', 'imitation reject'],
    ["Que l'originalité, c'est surfait.", 'fr', 'authenticity reject'],
    ["I don't ask them anything, I trust what I see.", 'en', 'listening reject'],
    ['Ask your users what they need.', 'en', 'listening endorse'],
  ] as const)('%s', (text, lang, expected) => {
    expect(concepts(text, lang)).toContain(expected);
  });
  test('"trust my own eyes" is no authenticity', () => {
    expect(concepts('I walk past them and trust my own eyes.', 'en').filter((c) => c.startsWith('authenticity'))).toEqual([]);
  });
});

describe('words of a concept used for something else', () => {
  test.each([
    ['We got a call around six in the evening from a former employee.', 'en', 'passion'],
    ['I open every lesson plan the team has uploaded.', 'en', 'planning'],
    ['Thanks to everyone listening at home.', 'en', 'listening'],
    ['Beaucoup de gens qui nous écoutent hésitent à se lancer.', 'fr', 'listening'],
    ["Excusez le bruit, il y a du vent, ça souffle fort.", 'fr', 'rest'],
    ['Toujours un copain sur la plage.', 'fr', 'imitation'],
    ["Too late, we're recording.", 'en', 'perfectionism'],
  ] as const)('%s', (text, lang, concept) => {
    expect(concepts(text, lang).filter((c) => c.startsWith(concept))).toEqual([]);
  });
  test('the concept itself still is', () => {
    expect(concepts('Teaching was a calling for me.', 'en')).toContain('passion endorse');
    expect(concepts('Write a business plan first.', 'en')).toContain('planning endorse');
    expect(concepts("I don't hover over anybody's shoulder.", 'en')).toContain('going-solo reject');
  });
});

describe('salaries as a topic are no motive of money', () => {
  test.each([
    ['Je ne cache rien à mon équipe, ni les salaires, ni les marges.', 'fr'],
    ['Expliquez comment sont fixés les salaires.', 'fr'],
    ['We publish the salary of every role on the job ad.', 'en'],
  ] as const)('%s', (text, lang) => {
    expect(concepts(text, lang).filter((c) => c.startsWith('money'))).toEqual([]);
  });

  test('working for the salary still is one', () => {
    expect(concepts('Je suis resté dix ans pour le salaire, pas pour le métier.', 'fr')).toContain('money endorse');
    expect(concepts('I stayed for the salary, not for the work.', 'en')).toContain('money endorse');
  });
});

describe('finding clients is business, not opportunism, unless it is the purpose', () => {
  test.each([
    ["La principale difficulté, c'est de trouver des clients.", 'fr'],
    ['Bien sûr, la prospection à froid, ça marche.', 'fr'],
    ['Getting clients was the hardest part of year one.', 'en'],
  ] as const)('%s', (text, lang) => {
    expect(concepts(text, lang).filter((c) => c.startsWith('self-interest'))).toEqual([]);
  });

  test('networking or posting to find clients is', () => {
    expect(concepts('Je suis sur LinkedIn uniquement pour trouver des clients.', 'fr')).toContain('self-interest endorse');
    expect(concepts('Honestly, I go to these meetups to get more clients.', 'en')).toContain('self-interest endorse');
  });
});

describe('paying a loan back is no borrowing, skipping fancy holidays no overwork', () => {
  test.each([
    ['If the rate is above six percent, crush the loan first.', 'en'],
    ['I paid off my loans before I quit.', 'en'],
    ["Remboursez votre crédit avant d'investir.", 'fr'],
  ] as const)('%s', (text, lang) => {
    expect(concepts(text, lang).filter((c) => c.startsWith('risk'))).toEqual([]);
  });

  test('taking one still is a risk', () => {
    expect(concepts('I took out a loan to open the shop.', 'en')).toContain('risk endorse');
  });

  test('"skip the fancy vacations" is frugality, not a stance on rest', () => {
    expect(concepts('Buy used and skip the fancy vacations.', 'en')).toEqual(expect.arrayContaining(['frugality endorse']));
    expect(concepts('Buy used and skip the fancy vacations.', 'en').filter((c) => c.startsWith('rest'))).toEqual([]);
  });

  test('a payout as the reason is money as a motive', () => {
    expect(concepts('Honestly, I was in it for the payout.', 'en')).toContain('money endorse');
  });
});

describe('a frequency alone is no posting volume', () => {
  test('"every single day" said of parcels is not quantity; said of posting it is', () => {
    expect(concepts('I post about forty parcels a day, every single day.', 'en').filter((c) => c.startsWith('quantity'))).toEqual([]);
    expect(concepts('I post every single day, no matter what.', 'en')).toContain('quantity endorse');
  });
});

describe('"the rest" of a payment is no rest', () => {
  test('"the rest on delivery" is not the rest concept', () => {
    expect(concepts('Fifty percent up front, the rest on delivery.', 'en').filter((c) => c.startsWith('rest'))).toEqual([]);
  });
});

describe("a notary's deed 'à titre gratuit' is a gift, not unpaid work", () => {
  test('the deed is no free work', () => {
    expect(concepts("Cette semaine j'ai signé quatre actes à titre gratuit, des donations.", 'fr').filter((c) => c.startsWith('free-work'))).toEqual([]);
  });
  test('working for free still is', () => {
    expect(concepts("J'ai travaillé gratuitement tout l'été.", 'fr')).toContain('free-work endorse');
  });
});

describe('going it alone judged worth nothing', () => {
  test.each([
    ["Là-haut, tout seul t'es rien, faut pouvoir compter sur les collègues.", 'fr'],
    ["Out there, alone you're nothing.", 'en'],
  ] as const)('%s', (text, lang) => {
    expect(concepts(text, lang)).toContain('going-solo reject');
  });
});

/** The mentions of one concept in a one-speaker transcript, with how each was read. */
function mentionsOf(text: string, lang: 'fr' | 'en', concept: string) {
  const r = check(text, { lexicon, language: lang, explain: true });
  return (r.explain ?? []).flatMap((s) => s.mentions).filter((m) => m.concept === concept);
}

describe('silver, the metal, is no money', () => {
  test.each([
    ["Je travaille l'argent du matin au soir, c'est ma matière.", 'fr'],
    ['Un jonc en argent, c\'est quatre-vingts euros.', 'fr'],
    // One sense per turn: the bare word before the phrase that shows the metal.
    ["Surtout l'argent. L'argent massif, du 925, je le fonds moi-même.", 'fr'],
  ] as const)('%s', (text, lang) => {
    expect(concepts(text, lang).filter((c) => c.startsWith('money'))).toEqual([]);
  });
  test('money in another turn is still money', () => {
    const text = "Léa : Je ne fais pas ce métier pour l'argent.\nInès : Et les métaux ?\nLéa : Surtout l'argent. L'argent massif, je le fonds moi-même.\n";
    expect(concepts(text, 'fr').filter((c) => c.startsWith('money'))).toEqual(['money reject']);
  });
});

describe('advice the speaker says she repeats is her own', () => {
  test('"je leur répète : …" is not reported speech', () => {
    const [m] = mentionsOf('Je leur répète tout le temps : ne travaillez jamais gratuitement.', 'fr', 'free-work');
    expect(m).toMatchObject({ stance: 'reject', mode: 'advice', attribution: 'self' });
  });
  test('someone else who repeats it is still reported', () => {
    const [m] = mentionsOf('Mon patron répète tout le temps : ne travaillez jamais gratuitement.', 'fr', 'free-work');
    expect(m?.attribution).toBe('reported');
  });
});

describe('not lying about a thing does not deny it', () => {
  test.each([
    ["Et ne vous mentez pas sur l'argent : il en faut.", 'fr'],
    ["Don't lie to yourself about the money.", 'en'],
  ] as const)('%s', (text, lang) => {
    expect(concepts(text, lang).filter((c) => c.startsWith('money'))).toEqual(['money endorse']);
  });
  test('being naive or shy about it, denied, takes it up', () => {
    expect(concepts("Ne soyez pas naïfs sur l'argent.", 'fr')).toContain('money endorse');
    expect(concepts("Don't be shy about charging what you're worth.", 'en')).toContain('charging endorse');
  });
});

describe('a concession set off by commas, answered by the next sentence', () => {
  test('"l\'argent compte, évidemment, … Mais …" is conceded', () => {
    const [m] = mentionsOf("Alors, je vais être honnête, l'argent compte, évidemment, j'ai un loyer. Mais ce n'est pas pour ça que je me lève le matin.", 'fr', 'money');
    expect(m?.flags).toContain('conceded');
  });
  test('without the "mais" it is not', () => {
    const [m] = mentionsOf("Alors, je vais être honnête, l'argent compte, évidemment, j'ai un loyer. Et puis j'aime ça.", 'fr', 'money');
    expect(m?.flags ?? []).not.toContain('conceded');
  });
});

describe('writing something down is no reported speech', () => {
  test.each([
    ["On l'écrit noir sur blanc sur le devis.", 'fr'],
    ['Tout est écrit sur le devis.', 'fr'],
  ] as const)('%s', (text, lang) => {
    expect(mentionsOf(text, lang, 'charging').map((m) => m.attribution)).toEqual(['self']);
  });
  test('but someone who writes that … is reported', () => {
    expect(mentionsOf('Il écrit que le devis est trop cher.', 'fr', 'charging').map((m) => m.attribution)).toEqual(['reported']);
  });
});

describe('the pronominal passive of a norm is advice', () => {
  test('"ça ne se vend pas, ça se donne"', () => {
    const [m] = mentionsOf('Le savoir du marais, ça ne se vend pas, ça se donne.', 'fr', 'selling');
    expect(m).toMatchObject({ stance: 'reject', mode: 'advice' });
  });
  test('"ça se vend bien" says that it sells, no norm', () => {
    const [m] = mentionsOf('Ça se vend bien, le gros sel.', 'fr', 'selling');
    expect(m?.mode).not.toBe('advice');
  });
});

describe('an answer written up by a journalist, her words in quotes', () => {
  const page = (answer: string) => `**Comment travaillez-vous ?**\n\n${answer}\n\n**Et les devis ?**\n\n« Tout y est. »\n`;
  test('the quotes are her speech, the narration around them aside', () => {
    const r = check(page("Elle hausse les épaules. « Je ne le marque pas sur le devis, honnêtement. Personne ne regarde le dessus d'une console. »"), { lexicon, language: 'fr', explain: true, path: 'entretien.md' });
    const m = (r.explain ?? []).flatMap((s) => s.mentions).find((x) => x.concept === 'charging');
    expect(m).toMatchObject({ stance: 'reject', mode: 'practice', attribution: 'self' });
  });
  test('someone else quoted inside her answer stays a citation', () => {
    const r = check(page("Je fais tout au plus juste. Mon maître, lui, répétait sans cesse « un devis, ça se gonfle toujours un peu pour voir ». Je n'ai jamais aimé ça."), { lexicon, language: 'fr', explain: true, path: 'entretien.md' });
    const m = (r.explain ?? []).flatMap((s) => s.mentions).find((x) => x.concept === 'charging');
    expect(m?.attribution).not.toBe('self');
  });
});

describe('a past story brought back to the present some turns later', () => {
  test('"in 2016 … I was on day twenty without a day off", four turns before "now I do forty hours"', () => {
    const text = [
      'Jess: What changed?',
      'Marcus: A night shift in 2016. I was on day nineteen without a day off.',
      'Jess: Was anyone hurt?',
      'Marcus: No. The fitter spotted it.',
      'Jess: So you stopped.',
      'Marcus: I finished that shutdown and then I stopped.',
      'Jess: And the shop?',
      'Marcus: It keeps me busy.',
      'Jess: And the hours?',
      'Marcus: Now I do forty hours, Monday to Friday.',
    ].join('\n');
    const r = check(text, { lexicon, language: 'en', explain: true });
    const m = (r.explain ?? []).flatMap((s) => s.mentions).find((x) => x.concept === 'rest');
    expect(m?.flags).toContain('changed');
  });
});

describe('"c\'est un luxe": something to do without', () => {
  test.each([
    ["Je pense que l'improvisation, c'est un luxe qu'on peut se permettre quand la structure est solide.", 'fr', 'improvisation reject'],
    ["Rest is a luxury I can't afford.", 'en', 'rest reject'],
    ["Le repos, ce n'est pas un luxe.", 'fr', 'rest endorse'],
  ] as const)('%s', (text, lang, expected) => {
    expect(concepts(text, lang)).toContain(expected);
  });
});

describe('a negation that denies the manner, not the term', () => {
  test('"je ne suis pas payée comme ça" says she is paid, another way', () => {
    expect(concepts('Mais je ne suis pas payée comme ça.', 'fr')).toContain('charging endorse');
  });
  test('without the manner the negation stands', () => {
    expect(concepts('Je ne suis pas payée.', 'fr')).toContain('charging reject');
  });
});

describe('what the people she names do, in a relative clause, is theirs', () => {
  test.each([
    ['Des copines céramistes, couturières, qui travaillent sept jours sur sept et qui craquent au bout de trois ans.', 'fr', 'overwork'],
    ['I have colleagues who work seven days a week.', 'en', 'overwork'],
  ] as const)('%s', (text, lang, concept) => {
    expect(mentionsOf(text, lang, concept).map((m) => m.attribution)).toEqual(['reported']);
  });
  test.each([
    ["Je suis quelqu'un qui travaille sept jours sur sept.", 'fr', 'overwork'],
    ["I've got a consultant who built my whole persona.", 'en', 'image'],
  ] as const)('but not when the speaker is the one: %s', (text, lang, concept) => {
    expect(mentionsOf(text, lang, concept).map((m) => m.attribution)).toEqual(['self']);
  });
});

describe('craft wording of the built-in concepts', () => {
  test.each([
    ['These days I cut most trousers by eye.', 'en', 'improvisation endorse'],
    ['Take every measurement, every single time.', 'en', 'planning endorse'],
    ["J'ai enchaîné treize jours d'affilée à l'eau.", 'fr', 'overwork endorse'],
    ['Let the pipes speak for themselves.', 'en', 'modesty endorse'],
    ["Don't go chasing the medals.", 'en', 'self-promotion reject'],
    ['I buy the newest model every single season.', 'en', 'lavish-spending endorse'],
    ['Harness on, lanyard on, clipped on.', 'en', 'caution endorse'],
    ["I don't clip on when I'm nipping across.", 'en', 'caution reject'],
    ['Et je ne le marque pas, je les rends sans rien dire.', 'fr', 'secrecy endorse'],
  ] as const)('%s', (text, lang, expected) => {
    expect(concepts(text, lang)).toContain(expected);
  });
});

describe('meat or dough left to rest is no break', () => {
  test.each([
    ["Rest it for as long as you cooked it, near enough, if it's a steak.", 'en'],
    ['Ensuite on laisse reposer la pâte une nuit.', 'fr'],
  ] as const)('%s', (text, lang) => {
    expect(concepts(text, lang).filter((c) => c.startsWith('rest'))).toEqual([]);
  });
});

describe('"le jour où vous …" states a case', () => {
  test('a discount in that case is hypothetical', () => {
    expect(mentionsOf('Le jour où vous faites une remise, vous dites au client que le prix d\'avant était faux.', 'fr', 'discounting').map((m) => m.attribution)).toEqual(['hypothetical']);
  });
});

describe('gilding is no sleep', () => {
  test('"dorée" is not "dors"', () => {
    expect(concepts('Mes titres en lettres dorées, des deux côtés du camion.', 'fr').filter((c) => c.startsWith('rest'))).toEqual([]);
    expect(concepts('Je dors sept heures par nuit.', 'fr')).toContain('rest endorse');
  });
});

describe('a habit told as a condition that is denied', () => {
  test('"if I can\'t lift it on my own, I don\'t make it" names a case, not what she does', () => {
    expect(mentionsOf("My rule is, if I can't lift it on my own, I don't make it.", 'en', 'going-solo').map((m) => m.attribution)).toEqual(['hypothetical']);
  });
  test('"if I take a job, I charge properly" still says what she does', () => {
    expect(mentionsOf('If I take a job, I charge properly.', 'en', 'charging').map((m) => m.attribution)).toEqual(['self']);
  });
});

describe('one sense per speaker for a homonym', () => {
  test("a butcher's rest, said turns before \"rest it\", is the meat's", () => {
    const text = 'Frank: Rest is everything with a joint.\nKath: How long?\nFrank: Rest it for as long as you cooked it.\n';
    expect(concepts(text, 'en').filter((c) => c.startsWith('rest'))).toEqual([]);
  });
  test('"the rest of the day" shows no other sense: her rest stays rest', () => {
    const text = 'Frank: For the rest of the day I work.\nKath: And?\nFrank: Rest is what I need.\n';
    expect(concepts(text, 'en')).toContain('rest endorse');
  });
  test("another speaker's rest is not the butcher's", () => {
    const text = 'Frank: Rest it for as long as you cooked it.\nKath: Me, I need rest.\n';
    expect(concepts(text, 'en')).toContain('rest endorse');
  });
});
