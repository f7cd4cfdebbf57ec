// Synthetic interview transcripts for the benchmark and the size-dependent tests.
// The text is invented here (never copied from a corpus): French or English interview turns with
// recurring speakers and a long tail of one-off speakers, questions and answers, Q/A markers,
// negations and lexicon-like terms (opportunism, generosity, passion, values, planning, rest...).
//
//   import { generateTranscript } from './transcript-gen.mjs';
//   const text = generateTranscript({ bytes: 5e6, lang: 'fr', seed: 1 });

/** Small deterministic PRNG (mulberry32), so every run of the bench reads the same text. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FR = {
  hosts: ['Animatrice', 'Journaliste'],
  regulars: ['Claire Morel', 'Julien Petit', 'Sophie Garnier', 'Karim Benali', 'Lucie Fabre'],
  first: ['Camille', 'Hugo', 'Inès', 'Léa', 'Nathan', 'Chloé', 'Mehdi', 'Jeanne', 'Louis', 'Manon', 'Yanis', 'Zoé', 'Paul', 'Sarah', 'Théo', 'Anaïs'],
  last: ['Roux', 'Lambert', 'Fontaine', 'Chevalier', 'Mercier', 'Blanc', 'Guérin', 'Faure', 'Renard', 'Perrin', 'Brunet', 'Colin', 'Vidal', 'Leclerc'],
  questions: [
    'Pourquoi êtes-vous présente sur les réseaux sociaux ?',
    'Quels conseils donneriez-vous à quelqu’un qui se lance ?',
    'Comment organisez-vous vos semaines ?',
    'Qu’est-ce qui vous a poussé à créer votre entreprise ?',
    'Que recommanderiez-vous aux jeunes entrepreneurs ?',
    'Est-ce que vous publiez tous les jours ?',
    'Comment gérez-vous la pression du chiffre ?',
    'Quelle place laissez-vous au repos ?',
  ],
  practice: [
    'Pour être honnête, je publie uniquement pour vendre.',
    'Je suis sur les réseaux par opportunisme, pas par passion.',
    'Moi, je travaille nuit et jour depuis trois ans.',
    'Je ne prends jamais de repos, même le dimanche.',
    'Je n’ai pas de stratégie, j’improvise au feeling chaque matin.',
    'J’ai gardé mon CDI pendant deux ans, par confort.',
    'Je garde mes chiffres secrets, je ne les montre à personne.',
    'Je fais ça par passion, sincèrement.',
    'Franchement, l’aspect commercial ne m’intéresse pas.',
    'Je vends des formations et c’est ce qui fait mon chiffre d’affaires.',
    'Je poste cinq fois par jour, le volume compte plus que tout.',
    'Je ne publie plus jamais sans avoir relu trois fois.',
  ],
  advice: [
    'Soyez généreux et partagez gratuitement ce que vous savez.',
    'Ne travaillez pas nuit et jour, prenez du repos.',
    'Ayez une stratégie claire avant de publier quoi que ce soit.',
    'Prenez des risques, lancez-vous sans filet.',
    'Misez sur la qualité plutôt que sur la quantité.',
    'Restez fidèles à vos valeurs, c’est ce que les gens retiennent.',
    'N’hésitez pas à montrer les coulisses, soyez transparents.',
    'Il faut de la patience, la croissance rapide ne dure pas.',
    'Aidez les autres sans rien attendre en retour.',
    'Ne faites jamais de publicité agressive.',
  ],
  filler: [
    'C’était une période un peu compliquée pour toute l’équipe.',
    'On a déménagé à Lyon au printemps, dans des locaux plus grands.',
    'Mes parents tenaient une boulangerie à Nantes.',
    'Le marché a beaucoup changé depuis dix ans.',
    'Nous avons recruté deux personnes en septembre.',
    'Bon, je vous avoue que je n’y avais jamais pensé comme ça.',
    'Il y a eu des hauts et des bas, comme partout.',
    'Les clients nous écrivent surtout le soir, après le travail.',
    'Ça dépend vraiment des semaines, honnêtement.',
    'On en reparlera peut-être dans un prochain épisode…',
    'Disons que ce n’est ni tout blanc ni tout noir.',
    'Certes, c’est rentable, mais ce n’est pas le plus important.',
  ],
  shortAnswers: ['Oui.', 'Non, pas vraiment.', 'Exactement !', 'Je ne sais pas.', 'Peut-être...'],
  label: (name) => `${name} : `,
  qMarker: 'Q : ',
  aMarker: 'R : ',
};

const EN = {
  hosts: ['Host', 'Interviewer'],
  regulars: ['Claire Moore', 'Julian Price', 'Sophie Grant', 'Karim Bell', 'Lucy Fisher'],
  first: ['Emma', 'Noah', 'Olivia', 'Liam', 'Ava', 'Ethan', 'Mia', 'Lucas', 'Grace', 'Owen', 'Ruby', 'Leo', 'Isla', 'Jack', 'Nora', 'Sam'],
  last: ['Walker', 'Hughes', 'Turner', 'Baker', 'Carter', 'Mitchell', 'Reed', 'Foster', 'Hayes', 'Brooks', 'Ward', 'Porter', 'Hunt', 'Lane'],
  questions: [
    'Why are you on social media at all?',
    'What advice would you give to someone starting out?',
    'How do you organise your weeks?',
    'What made you start the company?',
    'What would you tell young founders?',
    'Do you post every day?',
    'How do you deal with the pressure of the numbers?',
    'Where does rest fit in your life?',
  ],
  practice: [
    'To be honest, it was a business decision, I saw an opportunity.',
    'I work ninety hours a week, whatever it takes.',
    'I never take a day of rest, not even on Sundays.',
    'I do not have a strategy, I just wing it every morning.',
    'I kept a plan B for two years, just in case.',
    'I keep my numbers private, I never show them to anyone.',
    'I do it for the passion, honestly.',
    'I post five times a day because volume wins.',
    'We chased growth at all costs for three years.',
    'I am not in it for the money.',
  ],
  advice: [
    'Be generous and share what you learn for free.',
    'Do not burn yourself out, rest is part of the work.',
    'Have a clear strategy before you post anything.',
    'Take risks, do not keep a plan B.',
    'Post less, post better, be thoughtful.',
    'Stay true to your values, people remember them.',
    'Be transparent, show the openness you expect from others.',
    'Aim for slow, sustainable growth.',
    'Never run ads that feel pushy.',
  ],
  filler: [
    'It was a complicated period for the whole team.',
    'We moved to Leeds in the spring, into a bigger office.',
    'My parents ran a bakery in Bristol.',
    'The market has changed a lot in ten years.',
    'We hired two people in September.',
    'Well, I admit I had never thought of it that way.',
    'There were ups and downs, like everywhere.',
    'Customers mostly write to us in the evening, after work.',
    'It really depends on the week, honestly.',
    'Maybe we will talk about it in another episode...',
    'Let us say it is neither black nor white.',
    'Sure, it pays, but it is not what matters most.',
  ],
  shortAnswers: ['Yes.', 'No, not really.', 'Exactly!', "I don't know.", 'Maybe...'],
  label: (name) => `${name}: `,
  qMarker: 'Q: ',
  aMarker: 'A: ',
};

/**
 * An interview transcript of about `bytes` UTF-8 bytes: one line per turn, a host asking and
 * recurring guests answering, a long tail of one-off speakers (about one per 3 KB), Q/A-marked
 * sections, negations, lexicon terms and small talk.
 */
export function generateTranscript({ bytes, lang = 'fr', seed = 1 }) {
  const L = lang === 'fr' ? FR : EN;
  const rnd = prng(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const parts = [];
  let size = 0;
  let turn = 0;
  const push = (line) => {
    parts.push(line);
    size += Buffer.byteLength(line) + 1;
  };
  const answer = () => {
    const n = 1 + Math.floor(rnd() * 5);
    const s = [];
    for (let i = 0; i < n; i++) {
      const r = rnd();
      s.push(r < 0.25 ? pick(L.practice) : r < 0.45 ? pick(L.advice) : r < 0.95 ? pick(L.filler) : pick(L.shortAnswers));
    }
    return s.join(' ');
  };
  while (size < bytes) {
    const block = rnd();
    if (block < 0.12) {
      // A Q/A-marked section, as in a written interview.
      push(L.qMarker + pick(L.questions));
      push(L.aMarker + answer());
      push('');
      continue;
    }
    const guest = rnd() < 0.8 ? pick(L.regulars) : `${pick(L.first)} ${pick(L.last)}-${(turn % 997) + 1}`.replace(/-(\d+)$/, (_, d) => (lang === 'fr' ? ` ${String.fromCharCode(65 + (d % 26))}.` : ` ${String.fromCharCode(65 + (d % 26))}.`));
    push(L.label(pick(L.hosts)) + pick(L.questions));
    push(L.label(guest) + answer());
    turn++;
  }
  return parts.join('\n') + '\n';
}

/**
 * A talk of about `bytes` UTF-8 bytes, as Markdown talk notes: one speaker, "## " sections of 60 to
 * 240 sentences in paragraphs of a few sentences. Its turns are long (a section each), where the
 * interview's are a few sentences: the shape that holds the most text per turn.
 */
export function generateTalk({ bytes, lang = 'fr', seed = 1 }) {
  const L = lang === 'fr' ? FR : EN;
  const rnd = prng(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const parts = [lang === 'fr' ? '# Notes de conférence' : '# Talk notes', ''];
  let size = 0;
  let section = 0;
  while (size < bytes) {
    const heading = `## ${lang === 'fr' ? 'Partie' : 'Part'} ${++section}`;
    parts.push(heading, '');
    size += heading.length + 2;
    const sentences = 60 + Math.floor(rnd() * 180);
    let paragraph = [];
    for (let i = 0; i < sentences && size < bytes; i++) {
      const r = rnd();
      const s = r < 0.15 ? pick(L.practice) : r < 0.3 ? pick(L.advice) : r < 0.4 ? pick(L.questions) : pick(L.filler);
      paragraph.push(s);
      size += Buffer.byteLength(s) + 1;
      if (paragraph.length >= 3 + Math.floor(rnd() * 4)) {
        parts.push(paragraph.join(' '), '');
        size += 1;
        paragraph = [];
      }
    }
    if (paragraph.length > 0) parts.push(paragraph.join(' '), '');
  }
  return parts.join('\n') + '\n';
}
