/**
 * The classifier pinned by tables of sentences and their expected stance, mode and attribution.
 * Each row is a one-speaker transcript; the row's concept must be classified as given.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { CompiledLexicon } from '../src/lexicon/compile.js';
import { parseLexicon } from '../src/lexicon/load.js';
import { testLexicon } from './helpers/lexicon.js';

const lexicon = testLexicon();

interface Row {
  text: string;
  concept: string;
  stance: 'endorse' | 'reject';
  mode?: 'practice' | 'advice' | 'opinion';
  attribution?: 'self' | 'reported' | 'hypothetical' | 'question' | 'quoted';
  flag?: string;
}

function classified(text: string, lang: 'fr' | 'en') {
  const r = check(text, { lexicon, language: lang, explain: true });
  return (r.explain ?? []).flatMap((e) => e.mentions);
}

function expectRow(row: Row, lang: 'fr' | 'en') {
  const mentions = classified(row.text, lang).filter((m) => m.concept === row.concept);
  expect(mentions, `no mention of ${row.concept} in: ${row.text}`).not.toHaveLength(0);
  const m = mentions[0]!;
  expect({ stance: m.stance, ...(row.mode ? { mode: m.mode } : {}), ...(row.attribution ? { attribution: m.attribution } : {}) }).toEqual({
    stance: row.stance,
    ...(row.mode ? { mode: row.mode } : {}),
    ...(row.attribution ? { attribution: row.attribution } : {}),
  });
  if (row.flag) expect(m.flags).toContain(row.flag);
}

const FRENCH: Row[] = [
  // Spoken French drops the "ne": the verb's negation comes right after it.
  { text: "J'improvise pas, moi.", concept: 'improvisation', stance: 'reject', mode: 'practice' },
  { text: "Je l'improvise jamais.", concept: 'improvisation', stance: 'reject', mode: 'practice' },
  { text: "J'improvise plus que toi.", concept: 'improvisation', stance: 'endorse', mode: 'practice' },
  { text: "Je le dis à toutes les jeunes que je forme : une stratégie, c'est la base.", concept: 'planning', stance: 'endorse', mode: 'advice' },
  // A condition the speaker turns people away for.
  { text: 'Si vous faites ça par opportunisme, passez votre chemin.', concept: 'self-interest', stance: 'reject', attribution: 'self' },
  { text: "Si vous n'avez pas la passion, changez de métier.", concept: 'passion', stance: 'endorse', attribution: 'self' },
  { text: 'Si vous faites ça par opportunisme, vous allez droit dans le mur.', concept: 'self-interest', stance: 'reject', attribution: 'self' },
  { text: 'Si vous faites ça par opportunisme, tant mieux pour vous.', concept: 'self-interest', stance: 'endorse', attribution: 'hypothetical' },
  // A fault named first, and the term as what it is.
  { text: "La pire erreur, c'est d'improviser.", concept: 'improvisation', stance: 'reject' },
  { text: "L'erreur classique, c'est de tout improviser.", concept: 'improvisation', stance: 'reject' },
  { text: "La pire erreur, c'est de ne pas avoir de stratégie.", concept: 'planning', stance: 'endorse' },
  { text: "Improviser, c'est très joli au théâtre, mais sur un salon, ça coûte une fortune.", concept: 'improvisation', stance: 'reject' },
  { text: "Ce que je dis à tous les jeunes, c'est d'improviser.", concept: 'improvisation', stance: 'endorse', mode: 'advice' },
  // Negation scope.
  // A subject after a conjunction is still the subject of the negated predicate.
  { text: "Mais l'opportunisme n'a jamais été mon moteur.", concept: 'self-interest', stance: 'reject' },
  // "de conseil" is consulting, a trade: what the speaker does, not advice.
  { text: 'Bien sûr, je vends mes journées de conseil par opportunisme.', concept: 'self-interest', stance: 'endorse', mode: 'practice' },
  { text: 'Un conseil : soyez généreux.', concept: 'generosity', stance: 'endorse', mode: 'advice' },
  // A third person set apart as the subject: said of that person, not the speaker's practice.
  { text: 'Mon ancien associé, lui, travaillait par opportunisme.', concept: 'self-interest', stance: 'endorse', attribution: 'reported' },
  { text: 'Mon ancien associé, lui, dormait ; moi, je travaillais par opportunisme.', concept: 'self-interest', stance: 'endorse', mode: 'practice', attribution: 'self' },
  // A purpose adjunct belongs to the negated verb, however far from it.
  { text: "Je n'ai pas ouvert cette librairie avec mes deux associés au milieu de la crise par opportunisme.", concept: 'self-interest', stance: 'reject', mode: 'practice' },
  { text: "J'ai tout arrêté, puis j'ai ouvert cette librairie avec mes deux associés au milieu de la crise par opportunisme.", concept: 'self-interest', stance: 'endorse', mode: 'practice' },
  { text: 'Je suis sur les réseaux par opportunisme, pas par passion.', concept: 'self-interest', stance: 'endorse', mode: 'practice' },
  { text: 'Je suis sur les réseaux par opportunisme, pas par passion.', concept: 'passion', stance: 'reject', mode: 'practice' },
  { text: "Je ne suis pas là par opportunisme, je suis là par passion.", concept: 'self-interest', stance: 'reject' },
  { text: "Je ne suis pas là par opportunisme, je suis là par passion.", concept: 'passion', stance: 'endorse' },
  { text: "Je n'ai jamais eu de stratégie.", concept: 'planning', stance: 'reject', mode: 'practice' },
  { text: "Je n'ai aucune stratégie.", concept: 'planning', stance: 'reject' },
  { text: 'Je travaille sans stratégie.', concept: 'planning', stance: 'reject' },
  { text: 'Je publie pas par passion, franchement.', concept: 'passion', stance: 'reject', flag: 'bare-pas' },
  { text: "Je ne fais plus de publicité.", concept: 'advertising', stance: 'reject' },
  { text: 'Ni publicité ni promotion sur mon compte.', concept: 'advertising', stance: 'reject' },
  { text: "Je préfère la passion plutôt que l'opportunisme.", concept: 'self-interest', stance: 'reject' },
  { text: "Je préfère la passion plutôt que l'opportunisme.", concept: 'passion', stance: 'endorse' },
  { text: "Je travaille au lieu d'improviser.", concept: 'improvisation', stance: 'reject' },
  // Contrast: the scope ends at "mais".
  { text: 'Ce ne sont pas vos infos mais vos valeurs qui comptent.', concept: 'values', stance: 'endorse' },
  { text: "Non pas l'opportunisme mais la passion.", concept: 'passion', stance: 'endorse' },
  { text: "Non pas l'opportunisme mais la passion.", concept: 'self-interest', stance: 'reject' },
  // Pseudo-negations and restriction.
  { text: "Je ne le fais que par passion.", concept: 'passion', stance: 'endorse', flag: 'restrictive' },
  { text: "Elle n'est présente que par opportunisme et non par passion.", concept: 'self-interest', stance: 'endorse' },
  { text: "Elle n'est présente que par opportunisme et non par passion.", concept: 'passion', stance: 'reject' },
  { text: "Pas seulement par opportunisme, j'y mets de la passion.", concept: 'self-interest', stance: 'endorse', flag: 'mixed' },
  { text: "Non seulement par passion, mais aussi par opportunisme.", concept: 'passion', stance: 'endorse', flag: 'mixed' },
  { text: "Sans doute par opportunisme au départ.", concept: 'self-interest', stance: 'endorse' },
  { text: "Faites-le avec passion, et ne négligez pas l'aspect commercial non plus.", concept: 'self-interest', stance: 'endorse', mode: 'advice' },
  // Mode.
  { text: 'Soyez généreux !', concept: 'generosity', stance: 'endorse', mode: 'advice' },
  { text: 'Il faut une vraie stratégie.', concept: 'planning', stance: 'endorse', mode: 'advice' },
  { text: "Mon conseil : ne jamais improviser.", concept: 'improvisation', stance: 'reject', mode: 'advice' },
  { text: 'Je vous conseille une stratégie claire.', concept: 'planning', stance: 'endorse', mode: 'advice' },
  { text: "N'improvisez pas vos publications.", concept: 'improvisation', stance: 'reject', mode: 'advice' },
  { text: "J'ai tout improvisé.", concept: 'improvisation', stance: 'endorse', mode: 'practice' },
  { text: 'La stratégie est essentielle.', concept: 'planning', stance: 'endorse', mode: 'opinion' },
  // A negative judgement on the subject rejects it.
  { text: 'La stratégie est surestimée.', concept: 'planning', stance: 'reject', mode: 'opinion' },
  { text: 'Je crois que la stratégie ne sert à rien.', concept: 'planning', stance: 'reject', mode: 'opinion' },
  // Verb-and-object terms survive the negation said inside them.
  { text: 'Je ne fais jamais de promotion.', concept: 'advertising', stance: 'reject', mode: 'practice' },
  // "ne sacrifiez jamais X": two negations, X is endorsed.
  { text: 'Ne sacrifiez jamais vos valeurs.', concept: 'values', stance: 'endorse', mode: 'advice' },
  // A term set apart and taken up by a negated clause; an article is not a resumption.
  { text: "La stratégie, je n'en ai jamais eu.", concept: 'planning', stance: 'reject' },
  { text: "La stratégie, pas l'improvisation.", concept: 'planning', stance: 'endorse' },
  { text: "La passion, ça ne s'achète pas.", concept: 'passion', stance: 'endorse' },
  // A negation of a negation endorses; coordinated negations each cover their own element.
  { text: "Je ne publie rien sans stratégie.", concept: 'planning', stance: 'endorse' },
  { text: "Je n'ai rien contre l'opportunisme.", concept: 'self-interest', stance: 'endorse' },
  { text: 'Sans publicité et sans promotion.', concept: 'advertising', stance: 'reject' },
  { text: 'Je ne veux ni stratégie ni promotion.', concept: 'advertising', stance: 'reject' },
  // "ne … plus" of the speaker's own doing tells of a change.
  { text: 'Je ne fais plus de promotion.', concept: 'advertising', stance: 'reject', mode: 'practice', flag: 'changed' },
  // "ce qu'il faut" is a relative clause, not advice.
  { text: "On comprend vite ce qu'il faut improviser.", concept: 'improvisation', stance: 'endorse', mode: 'opinion' },
  { text: "Il y a deux ans, j'improvisais tout.", concept: 'improvisation', stance: 'endorse', flag: 'changed' },
  // Advice that owns up to the speaker's own practice is weak.
  { text: 'Improvisez moins que moi !', concept: 'improvisation', stance: 'reject', mode: 'advice', flag: 'acknowledged' },
  { text: "Pendant mes premières années, j'ai tout improvisé. Depuis 2021, tout est écrit.", concept: 'improvisation', stance: 'endorse', flag: 'changed' },
  // A negated restriction is "not only": a mixed motive, not a rejection.
  { text: "Ne faites pas ça uniquement par opportunisme.", concept: 'self-interest', stance: 'endorse', mode: 'advice', flag: 'mixed' },
  // A change told inside the sentence, or a closed period of the past.
  { text: "J'ai changé d'avis le jour où j'ai vu que l'opportunisme ne payait pas.", concept: 'self-interest', stance: 'endorse', flag: 'changed' },
  { text: "Pendant huit ans, j'ai tout improvisé.", concept: 'improvisation', stance: 'endorse', flag: 'changed' },
  { text: "Quand j'étais plus jeune, je courais les salons. Je travaillais par opportunisme. Aujourd'hui, c'est fini.", concept: 'self-interest', stance: 'endorse', flag: 'changed' },
  // The mode of a clause without cues comes from the nearest clause, never from a conceded one.
  { text: "Il faut bien vivre, mais ce qui me fait lever le matin, c'est la passion.", concept: 'passion', stance: 'endorse', mode: 'practice' },
  { text: "Les clients le sentent, quand tu improvises.", concept: 'improvisation', stance: 'endorse', attribution: 'hypothetical' },
  // Attribution: not the speaker's commitment.
  { text: "On dit souvent qu'il faut être là par opportunisme.", concept: 'self-interest', stance: 'endorse', attribution: 'reported' },
  { text: "Selon mon associé, la stratégie ne sert à rien.", concept: 'planning', stance: 'reject', attribution: 'reported' },
  // "il" is no impersonal opener before a verb of thinking: his view, not the speaker's.
  { text: "Lui, il pense qu'on est sur les réseaux par opportunisme.", concept: 'self-interest', stance: 'endorse', attribution: 'reported' },
  { text: 'Il pense que la stratégie ne sert à rien.', concept: 'planning', stance: 'reject', attribution: 'reported' },
  { text: 'Si vous publiez par opportunisme, ça se verra.', concept: 'self-interest', stance: 'endorse', attribution: 'hypothetical' },
  // A condition the speaker meets and what she then does, both in the present: a habit, not a hypothesis.
  { text: 'Si je travaille par opportunisme, je le dis au client.', concept: 'self-interest', stance: 'endorse', mode: 'practice', attribution: 'self' },
  { text: 'Si je travaillais par opportunisme, je le dirais au client.', concept: 'self-interest', stance: 'endorse', attribution: 'hypothetical' },
  { text: 'Si je travaille par opportunisme, je le fais savoir.', concept: 'self-interest', stance: 'endorse', attribution: 'self' },
  // The generic "on" states a maxim, not the speaker's habit.
  { text: 'Si on travaille par opportunisme, on se trompe de métier.', concept: 'self-interest', stance: 'endorse', attribution: 'hypothetical' },
  { text: 'Êtes-vous là par opportunisme ?', concept: 'self-interest', stance: 'endorse', attribution: 'question' },
  { text: 'Il m\'a lancé : « tu n\'es là que par opportunisme, avoue » et je suis partie.', concept: 'self-interest', stance: 'endorse', attribution: 'quoted' },
  // Change over time and concession lower the confidence and say why.
  { text: "Au début, j'étais là par opportunisme. Aujourd'hui, c'est autre chose.", concept: 'self-interest', stance: 'endorse', flag: 'changed' },
  { text: "Certes, je publie pour vendre, mais ce sont les valeurs qui comptent.", concept: 'self-interest', stance: 'endorse', flag: 'conceded' },
  // Aversion: an idiom after the term, or a verb of dislike before it, denies it.
  { text: "Une stratégie écrite, ça me donne de l'urticaire.", concept: 'planning', stance: 'reject' },
  { text: "J'ai horreur d'improviser devant un client.", concept: 'improvisation', stance: 'reject' },
  // Deferral denies now what it puts off: the topic, then a comment on it.
  { text: 'La stratégie, vous verrez plus tard.', concept: 'planning', stance: 'reject' },
  { text: 'Improvisez moins que les autres.', concept: 'improvisation', stance: 'reject', mode: 'advice' },
  // A word set in quotes of its own is mentioned, not meant.
  { text: "« Stratégie », c'est le mot qu'ils aiment.", concept: 'planning', stance: 'endorse', attribution: 'quoted' },
  // A judgement said after the term, in its clause.
  { text: 'La publicité est une distraction à ce stade.', concept: 'advertising', stance: 'reject', mode: 'opinion' },
  { text: 'Le volume est une fausse bonne idée.', concept: 'quantity', stance: 'reject' },
  // A short adverbial between a topic and its comment; an idiom of cost is a judgement against it.
  { text: "La stratégie, dans ce métier, ça se paie cash.", concept: 'planning', stance: 'reject' },
  // Denied as a motive, or as possible at all, in the comment on a dislocated topic.
  { text: "L'opportunisme, ça n'a jamais été le moteur, jamais.", concept: 'self-interest', stance: 'reject' },
  // The term joined to the topic's noun by "avec" is part of the topic the comment denies.
  { text: "La réussite avec de l'opportunisme, ça n'existe pas.", concept: 'self-interest', stance: 'reject' },
  { text: "La réussite avec de l'opportunisme, ça existe.", concept: 'self-interest', stance: 'endorse' },
  { text: "La stratégie, ça n'est pas la priorité.", concept: 'planning', stance: 'reject' },
  { text: 'Une stratégie, ça n\'existe pas chez nous.', concept: 'planning', stance: 'reject' },
  { text: 'Jamais, au grand jamais, improviser devant un client.', concept: 'improvisation', stance: 'reject' },
  // "sans" under the clause's negation, however far back: every post has a strategy.
  { text: 'Chez nous, aucun post de la marque ne sort le matin sans une stratégie écrite derrière.', concept: 'planning', stance: 'endorse', mode: 'practice' },
  { text: 'Je publie sans stratégie.', concept: 'planning', stance: 'reject', mode: 'practice' },
  { text: 'Refusez tout projet qui pourrait un jour aller contre vos valeurs.', concept: 'values', stance: 'endorse', mode: 'advice' },
  { text: 'Rien ne remplace une vraie stratégie.', concept: 'planning', stance: 'endorse', mode: 'opinion' },
];

const ENGLISH: Row[] = [
  // "never" before a past tense goes on with the clause before's "I": no instruction.
  { text: 'I never stopped, never improvised anything.', concept: 'improvisation', stance: 'reject', mode: 'practice' },
  { text: 'Never improvise.', concept: 'improvisation', stance: 'reject', mode: 'advice' },
  { text: "If you're in it for the money, go and do something else.", concept: 'self-interest', stance: 'reject', attribution: 'self' },
  // A ruin promised to whoever does it turns the listener away as well.
  { text: "If you're in it for the money, you'll burn out in two years.", concept: 'self-interest', stance: 'reject', attribution: 'self' },
  { text: 'If I take a job for the money, I tell the client.', concept: 'self-interest', stance: 'endorse', mode: 'practice', attribution: 'self' },
  { text: "If I took a job for the money, I'd tell the client.", concept: 'self-interest', stance: 'endorse', attribution: 'hypothetical' },
  { text: 'If I need a job for the money, I tell the client.', concept: 'self-interest', stance: 'endorse', attribution: 'self' },
  { text: "If I take a job for the money, I'll tell the client.", concept: 'self-interest', stance: 'endorse', attribution: 'hypothetical' },
  { text: "If you don't have the passion, you're going to fail.", concept: 'passion', stance: 'endorse', attribution: 'self' },
  { text: 'If you do it for the money, you will be fine.', concept: 'self-interest', stance: 'endorse', attribution: 'hypothetical' },
  { text: 'The biggest mistake is to improvise.', concept: 'improvisation', stance: 'reject' },
  { text: 'The worst thing you can do is improvise.', concept: 'improvisation', stance: 'reject' },
  { text: 'The biggest mistake I see is to improvise.', concept: 'improvisation', stance: 'reject', mode: 'opinion' },
  { text: 'The worst mistake is not having a plan.', concept: 'planning', stance: 'endorse' },
  // The speaker's own past mistake is not a view of the term.
  { text: 'The mistake I made was to improvise.', concept: 'improvisation', stance: 'endorse' },
  // A dislocated topic judged after a contrast: what precedes "but" is conceded.
  { text: "Improvising, it's lovely on stage, but at a trade show it costs a fortune.", concept: 'improvisation', stance: 'reject' },
  // What the speaker tells people as a rule is advice, whoever "every founder" is.
  { text: 'The one thing I tell every founder is to improvise.', concept: 'improvisation', stance: 'endorse', mode: 'advice' },
  // A verb outside the imperative list opens advice when "until" or "twice" follows it.
  { text: "Improvise until you're bored of planning.", concept: 'improvisation', stance: 'endorse', mode: 'advice' },
  // A subject after a conjunction is still the subject of the negated predicate.
  { text: 'But passion never paid my rent.', concept: 'passion', stance: 'reject' },
  // A relative clause ("whose values…") is out of the main verb's negation.
  { text: "Never work with a client whose values you can't stand.", concept: 'values', stance: 'endorse', mode: 'advice' },
  // A purpose adjunct belongs to the negated verb, however far from it; not across a clause.
  { text: "I didn't drive a delivery van every night for nine long years for the money.", concept: 'self-interest', stance: 'reject', mode: 'practice' },
  { text: "I never complain, I drive a delivery van every night for the money.", concept: 'self-interest', stance: 'endorse', mode: 'practice' },
  { text: 'Passion had nothing to do with it.', concept: 'passion', stance: 'reject' },
  { text: 'I did it for the money, not for passion.', concept: 'passion', stance: 'reject', mode: 'practice' },
  { text: 'I did it for the money, not for passion.', concept: 'self-interest', stance: 'endorse', mode: 'practice' },
  { text: "I don't have a strategy.", concept: 'planning', stance: 'reject', mode: 'practice' },
  { text: 'I never had a plan.', concept: 'planning', stance: 'reject' },
  { text: 'We launched without a plan.', concept: 'planning', stance: 'reject' },
  { text: 'Not a plan but pure improvisation, that was us.', concept: 'planning', stance: 'reject' },
  { text: 'Strategy rather than wing it, always.', concept: 'improvisation', stance: 'reject' },
  { text: 'I chose passion instead of a business decision.', concept: 'self-interest', stance: 'reject' },
  { text: 'Not only for the money but also for passion.', concept: 'self-interest', stance: 'endorse', flag: 'mixed' },
  { text: 'No doubt it was a business decision.', concept: 'self-interest', stance: 'endorse' },
  { text: 'Do it because you love it.', concept: 'passion', stance: 'endorse', mode: 'advice' },
  { text: 'You should have a plan.', concept: 'planning', stance: 'endorse', mode: 'advice' },
  { text: "Don't wing it.", concept: 'improvisation', stance: 'reject', mode: 'advice' },
  { text: 'Never improvise on stage.', concept: 'improvisation', stance: 'reject', mode: 'advice' },
  { text: 'My advice: be generous.', concept: 'generosity', stance: 'endorse', mode: 'advice' },
  { text: 'Post less, but post better.', concept: 'quantity', stance: 'reject', mode: 'advice' },
  { text: 'I post for the money.', concept: 'self-interest', stance: 'endorse', mode: 'practice' },
  { text: 'People say you need a plan.', concept: 'planning', stance: 'endorse', attribution: 'reported' },
  { text: 'According to my mentor, strategy is overrated.', concept: 'planning', stance: 'reject', attribution: 'reported' },
  { text: 'My old boss kept telling me to improvise.', concept: 'improvisation', stance: 'endorse', attribution: 'reported' },
  { text: 'I tell my clients to improvise less.', concept: 'improvisation', stance: 'reject', mode: 'advice', attribution: 'self' },
  { text: 'Never let the money come before your values.', concept: 'values', stance: 'endorse', mode: 'advice' },
  { text: 'Work hard, sure, but a plan is what keeps you sane.', concept: 'planning', stance: 'endorse' },
  { text: 'Volume is overrated.', concept: 'quantity', stance: 'reject', mode: 'opinion' },
  // Aversion: an idiom after the term, or a verb of dislike before it, denies it.
  { text: 'And a written plan would give me hives!', concept: 'planning', stance: 'reject' },
  { text: 'I hate improvising in front of clients.', concept: 'improvisation', stance: 'reject' },
  { text: "I don't hate improvising.", concept: 'improvisation', stance: 'endorse' },
  // A topic set before a comma and taken up by a pronoun: what follows is said of it.
  { text: "Plans, they're a waste of time.", concept: 'planning', stance: 'reject' },
  { text: 'The plan can wait.', concept: 'planning', stance: 'reject' },
  { text: 'They call it a "strategy", I call it a wish list.', concept: 'planning', stance: 'endorse', attribution: 'quoted' },
  // Less of it, right after the term.
  { text: 'Improvise less than I did.', concept: 'improvisation', stance: 'reject', mode: 'advice' },
  // A phrasal verb's particle marks an imperative.
  { text: 'Scale down the plan until it fits on one page.', concept: 'planning', stance: 'endorse', mode: 'advice' },
  { text: "If you're in it for the money, people notice.", concept: 'self-interest', stance: 'endorse', attribution: 'hypothetical' },
  { text: 'Imagine you improvise the whole launch.', concept: 'improvisation', stance: 'endorse', attribution: 'hypothetical' },
  { text: 'Is it all for the money?', concept: 'self-interest', stance: 'endorse', attribution: 'question' },
  // A negation before "because" governs the clause it opens.
  { text: 'I left, not because of a business decision.', concept: 'self-interest', stance: 'reject' },
  { text: "We don't just improvise.", concept: 'improvisation', stance: 'endorse', flag: 'mixed' },
  { text: 'Honestly, throw the plan away.', concept: 'planning', stance: 'reject', mode: 'advice' },
  { text: 'Improvising is the fastest way to go broke.', concept: 'improvisation', stance: 'reject', mode: 'opinion' },
  // A story told in order: what the speaker did between "for my first years" and "today" is past.
  { text: 'For my first two years I had no plan at all. I improvised every launch. Today I plan everything.', concept: 'improvisation', stance: 'endorse', mode: 'practice', flag: 'changed' },
  { text: '"Just wing it," they say.', concept: 'improvisation', stance: 'endorse', attribution: 'reported' },
  { text: 'Two years ago I would wing it every time.', concept: 'improvisation', stance: 'endorse', flag: 'changed' },
  { text: 'I always have a plan.', concept: 'planning', stance: 'endorse', mode: 'practice' },
  { text: 'Nobody should apologise for passion.', concept: 'passion', stance: 'endorse' },
  { text: 'Avoid the hype and improvise.', concept: 'improvisation', stance: 'endorse', mode: 'advice' },
  { text: 'I changed my mind after years of improvise and pray.', concept: 'improvisation', stance: 'endorse', flag: 'changed' },
  // "because the …" opens a clause; it is not an imperative.
  { text: 'Most posts are rough because the algorithm loves volume.', concept: 'quantity', stance: 'endorse', mode: 'opinion' },
  { text: 'When I started, it was for the money. Today it is different.', concept: 'self-interest', stance: 'endorse', flag: 'changed' },
  // A story opened by the speaker's age, then told in the past: "In my twenties … I never … Today …".
  { text: 'In my twenties I wanted to be rich. I took every job for the money. Today it is different.', concept: 'self-interest', stance: 'endorse', mode: 'practice', flag: 'changed' },
  { text: 'When I was younger I did nothing but improvise. I would wing it every time. Now I plan.', concept: 'improvisation', stance: 'endorse', flag: 'changed' },
  { text: 'Sure, I post for the money, but my values come first.', concept: 'self-interest', stance: 'endorse', flag: 'conceded' },
  { text: 'Every ad campaign is a distraction at that stage.', concept: 'advertising', stance: 'reject', mode: 'opinion' },
  { text: 'Volume is a dead end.', concept: 'quantity', stance: 'reject' },
  // A negation said twice for emphasis, across its comma.
  { text: 'Never, ever improvise in front of a client.', concept: 'improvisation', stance: 'reject', mode: 'advice' },
  { text: 'Never. Improvise, always.', concept: 'improvisation', stance: 'endorse' },
  { text: 'Nothing we publish ever goes out the door without a written strategy.', concept: 'planning', stance: 'endorse', mode: 'practice' },
  { text: 'Refuse anything that in any way whatsoever goes against your values.', concept: 'values', stance: 'endorse', mode: 'advice' },
  // "without" is not negated from afar by a verb that only looks negative ("throw in" adds).
  { text: 'I throw in extra rounds of revisions for the client without a plan.', concept: 'planning', stance: 'reject', mode: 'practice' },
  { text: 'Nothing beats a good plan.', concept: 'planning', stance: 'endorse', mode: 'opinion' },
  { text: 'Back in 2019 I took every gig for the money.', concept: 'self-interest', stance: 'endorse', mode: 'practice', flag: 'changed' },
];

describe('stance, mode and attribution in French', () => {
  it.each(FRENCH)('$text → $concept $stance', (row) => expectRow(row, 'fr'));
});

describe('set phrases', () => {
  it('"the rest of", "do the rest": the remainder, not a break', () => {
    const lex = CompiledLexicon.compile([{ source: 'test', data: { concepts: [{ id: 'rest', label: { en: 'rest' }, terms: { en: ['rest'] } }] } }]);
    const concepts = (text: string) => (check(text, { lexicon: lex, language: 'en', explain: true }).explain ?? []).flatMap((e) => e.mentions.map((m) => m.concept));
    expect(concepts('The templates do the rest. The rest of the week is calls.')).toEqual([]);
    expect(concepts('Get some rest this weekend.')).toEqual(['rest']);
  });

  it('"sleep on it", "long-time listener": an idiom, not rest or listening', () => {
    const lex = CompiledLexicon.compile([{ source: 'test', data: { concepts: [
      { id: 'rest', label: { en: 'rest' }, terms: { en: ['sleep'] } },
      { id: 'listening', label: { en: 'listening' }, terms: { en: ['listener'] } },
    ] } }]);
    const concepts = (text: string) => (check(text, { lexicon: lex, language: 'en', explain: true }).explain ?? []).flatMap((e) => e.mentions.map((m) => m.concept));
    expect(concepts('Check every reference and sleep on it. Long-time listener, first-time caller.')).toEqual([]);
    expect(concepts('Sleep eight hours. I am a good listener.')).toEqual(['rest', 'listening']);
  });
});

describe('generous with food', () => {
  it('"la main généreuse", "generous portions": a quantity, not generosity', () => {
    const concepts = (text: string, lang: 'fr' | 'en') => classified(text, lang).map((m) => m.concept);
    expect(concepts('Le chef a la main généreuse sur la crème. Nos portions généreuses font revenir les clients.', 'fr')).toEqual([]);
    expect(concepts('We serve generous portions and a generous pour.', 'en')).toEqual([]);
    expect(concepts('Soyez généreux avec vos clients.', 'fr')).toEqual(['generosity']);
    expect(concepts('Be generous with your time.', 'en')).toEqual(['generosity']);
  });
});

describe('a joke taken back', () => {
  const flagsOf = (text: string) => (check(text, { lexicon, language: 'en', explain: true }).explain ?? []).flatMap((e) => e.mentions.filter((m) => m.concept === 'self-interest').map((m) => m.flags));
  it('by the next sentence, past a stage direction', () => {
    expect(flagsOf('Host: Why?\nLeo: Oh sure, I do all of it for the money. (laughs) No, seriously, I have a day job.')).toEqual([expect.arrayContaining(['joke'])]);
  });
  it("by the speaker's next turn, the host laughing in between", () => {
    expect(flagsOf('Leo: I do all of it for the money.\nHost: (laughs) Okay, okay.\nLeo: No, seriously, I have a day job.')).toEqual([expect.arrayContaining(['joke'])]);
  });
  it('not by an earnest "seriously" nor by a later sentence', () => {
    expect(flagsOf('Host: Why?\nLeo: I do all of it for the money. Seriously, I mean it.')).toEqual([[]]);
    expect(flagsOf('Host: Why?\nLeo: I do all of it for the money. I have a day job. No, seriously, it pays.')).toEqual([[]]);
  });
});

describe('terms that carry their own negation', () => {
  const lex = CompiledLexicon.compile([{ source: 'test', data: { concepts: [
    { id: 'risk', label: { fr: 'risque', en: 'risk' }, terms: { fr: ['sans filet', 'sans parachute'], en: ['no safety net', 'no plan b'] } },
    { id: 'generosity', label: { fr: 'générosité' }, terms: { fr: ['rien en retour'] } },
    { id: 'imitation', label: { fr: 'imitation' }, terms: { fr: [{ text: 'copier personne', stance: 'reject' }, { text: 'copie personne', stance: 'reject' }, { text: 'copiez personne', stance: 'reject' }, { text: 'travaille plus', stance: 'endorse' }] } },
  ] } }]);
  const stances = (text: string, lang: 'fr' | 'en') => (check(text, { lexicon: lex, language: lang, explain: true }).explain ?? []).flatMap((e) => e.mentions.map((m) => [m.stance, m.terms.length]));
  it('each keep their own, side by side', () => {
    expect(stances("J'ai sauté sans filet et sans parachute.", 'fr')).toEqual([['endorse', 2]]);
    expect(stances('I jumped with no safety net and no plan B.', 'en')).toEqual([['endorse', 2]]);
  });
  it('are not denied by a negative verb whose adjunct they are', () => {
    expect(stances('I quit my job with no plan B.', 'en')).toEqual([['endorse', 1]]);
  });
  it('and are still negated by a negation of their own', () => {
    expect(stances('Je ne saute jamais sans filet.', 'fr')).toEqual([['reject', 1]]);
  });
  it('a French negation word said with the term\'s own is one negation (negative concord)', () => {
    expect(stances("Je n'attends rien en retour.", 'fr')).toEqual([['endorse', 1]]);
    expect(stances("Je n'attends jamais rien en retour.", 'fr')).toEqual([['endorse', 1]]);
    // "pas" does not join "sans": "pas sans filet" is with a net.
    expect(stances('Pas sans filet, jamais.', 'fr')).toEqual([['reject', 1]]);
  });
  it('so is one said inside a term that holds its own negative word', () => {
    expect(stances('Ne copiez jamais personne.', 'fr')).toEqual([['reject', 1]]);
    expect(stances('Je ne copie personne.', 'fr')).toEqual([['reject', 1]]);
    // "plus" inside a term may say "more": the negation said in it still counts.
    expect(stances('Je ne travaille jamais plus.', 'fr')).toEqual([['reject', 1]]);
  });
});

describe('a month and a year', () => {
  it('date an episode, not a habit; "since" that date is a present that goes on', () => {
    const changed = (text: string, lang: 'fr' | 'en') => classified(text, lang).find((x) => x.concept === 'self-interest')!.flags.includes('changed');
    expect(changed('In March 2022 I took every gig for the money.', 'en')).toBe(true);
    expect(changed("En mars 2022, j'ai tout accepté par opportunisme.", 'fr')).toBe(true);
    expect(changed('Since March 2022 I take every gig for the money.', 'en')).toBe(false);
    expect(changed("Depuis mars 2022, j'accepte tout par opportunisme.", 'fr')).toBe(false);
    expect(changed('I take every gig for the money.', 'en')).toBe(false);
  });
  it('a duration is over when told in the past, a habit when told in the present', () => {
    const changed = (text: string, lang: 'fr' | 'en') => classified(text, lang).find((x) => x.concept === 'self-interest')!.flags.includes('changed');
    expect(changed("Pendant des années, j'ai travaillé par opportunisme.", 'fr')).toBe(true);
    expect(changed('For years I worked for the money.', 'en')).toBe(true);
    expect(changed('Pendant des mois, je travaille par opportunisme, chaque saison.', 'fr')).toBe(false);
    expect(changed('For months at a stretch I take jobs for the money.', 'en')).toBe(false);
  });
});

describe('"not a luxury"', () => {
  it('is a judgement in favour, not a description nor a rejection', () => {
    for (const [text, lang] of [["Le repos ? La passion, ce n'est pas un luxe.", 'fr'], ['Passion is not a luxury.', 'en']] as const) {
      const m = classified(text, lang).find((x) => x.concept === 'passion')!;
      expect(m).toMatchObject({ stance: 'endorse', mode: 'opinion' });
      expect(m.flags).not.toContain('descriptive');
    }
  });
});

describe('a practice set apart as an exception', () => {
  const severities = (text: string, lang: 'fr' | 'en') => check(text, { lexicon, language: lang }).findings.map((f) => [f.ruleId, f.severity]);
  it('is a nuance, not a contradiction of the rule (info at most)', () => {
    const rule = 'Animatrice : Un conseil ?\nNadia : Soyez généreux.\n';
    expect(severities(rule + 'Nadia : Il y a une exception : une journée par an, je travaille par opportunisme.', 'fr')).toEqual([['self-interest-vs-generosity', 'info']]);
    expect(severities(rule + 'Nadia : Je fais un salon par an par opportunisme.', 'fr')).toEqual([['self-interest-vs-generosity', 'info']]);
    expect(severities(rule + 'Nadia : Sauf une chose. Je travaille par opportunisme.', 'fr')).toEqual([['self-interest-vs-generosity', 'info']]);
    expect(severities('Host: Advice?\nLeo: Be generous.\nLeo: Once in a while I take a job purely for the money.', 'en')).toEqual([['self-interest-vs-generosity', 'info']]);
    expect(severities('Host: Advice?\nLeo: Be generous.\nHost: Always?\nLeo: Not everything: that one deal was purely for the money.', 'en')).toEqual([['self-interest-vs-generosity', 'info']]);
  });
  it('and without one the same practice contradicts the advice', () => {
    expect(severities('Animatrice : Un conseil ?\nNadia : Soyez généreux.\nNadia : Je travaille par opportunisme.', 'fr')).toEqual([['self-interest-vs-generosity', 'error']]);
    expect(severities('Host: Advice?\nLeo: Be generous.\nLeo: I take every job for the money.', 'en')).toEqual([['self-interest-vs-generosity', 'error']]);
  });
});

describe('a concept named in passing', () => {
  const severities = (text: string) => check(text, { lexicon, language: 'fr' }).findings.map((f) => [f.ruleId, f.severity]);
  const advice = 'Animatrice : Un conseil ?\nNadia : Soyez généreux avec vos clients.\nAnimatrice : Et le salon ?\n';
  it('against the speaker\'s advice is a lead to read (info), not a warning', () => {
    expect(severities(advice + 'Nadia : Et pendant ce temps-là, on signait des contrats par opportunisme.')).toEqual([['self-interest-vs-generosity', 'info']]);
  });
  it('where her own practice of it contradicts the advice', () => {
    expect(severities(advice + 'Nadia : Moi, je ne vois que l\'aspect commercial.')).toEqual([['self-interest-vs-generosity', 'error']]);
  });
});

describe('a short answer to why or how the speaker does it', () => {
  const modes = (text: string, lang: 'fr' | 'en') => (check(text, { lexicon, language: lang, explain: true }).explain ?? []).filter((e) => e.speaker !== 'Paul' && e.speaker !== 'Host').flatMap((e) => e.mentions.map((m) => [m.concept, m.stance, m.mode]));
  it('tells her own practice', () => {
    expect(modes('Paul : Pourquoi êtes-vous sur les réseaux ?\nNadia : Par opportunisme, pas par passion.', 'fr')).toEqual([
      ['self-interest', 'endorse', 'practice'],
      ['passion', 'reject', 'practice'],
    ]);
    expect(modes('Host: Why do you post every day?\nLeo: For the money, mostly.', 'en')).toEqual([['self-interest', 'endorse', 'practice']]);
  });
  it('but not when the question asks for a view or advice, nor beyond the answer\'s first sentence', () => {
    expect(modes('Paul : Comment voyez-vous les réseaux ?\nNadia : Par opportunisme, pas par passion.', 'fr')).toEqual([
      ['self-interest', 'endorse', 'opinion'],
      ['passion', 'reject', 'opinion'],
    ]);
    expect(modes('Host: How would you explain the job?\nLeo: For the money, mostly.', 'en')).toEqual([['self-interest', 'endorse', 'opinion']]);
    expect(modes('Host: Why do you post every day?\nLeo: Habit. For the money, mostly, with friends.', 'en')).toEqual([['self-interest', 'endorse', 'opinion']]);
  });
});

describe('a verbless fragment', () => {
  it('carries on the past of the sentence before it, not the present', () => {
    const fragment = (text: string) => classified(text, 'fr').filter((m) => m.concept === 'self-interest').at(-1)!;
    const past = fragment('Il y a deux ans, je travaillais par opportunisme. Par opportunisme, encore et toujours.');
    expect(past).toMatchObject({ stance: 'endorse', mode: 'practice' });
    expect(past.flags).toContain('changed');
    const present = fragment('Je travaille par opportunisme. Par opportunisme, encore et toujours.');
    expect(present).toMatchObject({ stance: 'endorse', mode: 'practice' });
    expect(present.flags).not.toContain('changed');
  });
});

describe('an unreal case carried on', () => {
  const last = (text: string, lang: 'fr' | 'en', concept: string) => classified(text, lang).filter((m) => m.concept === concept).at(-1)!;
  it('by the next sentences in the speaker\'s conditional is still unreal', () => {
    expect(last("Si je facturais au forfait, je serais tentée d'aller vite. Je ferais des coupes en vitesse, je travaillerais par opportunisme.", 'fr', 'self-interest').attribution).toBe('hypothetical');
    expect(last("If I charged a flat fee, I'd be tempted to rush. I'd take every job for the money.", 'en', 'self-interest').attribution).toBe('hypothetical');
    expect(last("Si je facturais au forfait, je serais tentée d'aller vite. Je bâclerais un peu. Je travaillerais par opportunisme.", 'fr', 'self-interest').attribution).toBe('hypothetical');
    expect(last("Je vais être honnête : si je facturais au forfait, je serais tentée d'aller vite. Je travaillerais par opportunisme.", 'fr', 'self-interest').attribution).toBe('hypothetical');
  });
  it('ends when the speaker turns back to what is, speaks in the present or gives a view', () => {
    expect(last("Si je facturais au forfait, je serais tentée d'aller vite. Mais je travaille par opportunisme.", 'fr', 'self-interest').attribution).toBe('self');
    expect(last("Si je facturais au forfait, je serais tentée d'aller vite. Je travaille par opportunisme.", 'fr', 'self-interest').attribution).toBe('self');
    expect(last("If I charged a flat fee, I'd be tempted to rush. I take every job for the money.", 'en', 'self-interest').attribution).toBe('self');
    expect(last("If I charged a flat fee, I'd be tempted to rush. I'd say I work for the money.", 'en', 'self-interest').attribution).toBe('self');
  });
  it('is not opened by a real condition nor by a conditional alone', () => {
    expect(last("Si je travaille, je suis contente. Je travaillerais par opportunisme.", 'fr', 'self-interest').attribution).toBe('self');
  });
});

describe('a short judgement after a practice', () => {
  it('is a view, not a fragment of the story before it', () => {
    const last = classified('Je travaille par opportunisme. La stratégie, ça ne sert à rien.', 'fr').filter((m) => m.concept === 'planning').at(-1)!;
    expect(last).toMatchObject({ stance: 'reject', mode: 'opinion' });
  });
});

describe('stance, mode and attribution in English', () => {
  it.each(ENGLISH)('$text → $concept $stance', (row) => expectRow(row, 'en'));
});

describe('the interviewer', () => {
  it('is not committed by the framing of a question, nor is the guest', () => {
    const text = [
      'Journaliste : Vous avez longtemps tout improvisé. Et maintenant ?',
      'Léa : Maintenant, je prépare tout.',
      'Journaliste : Un conseil ?',
      'Léa : Il faut une vraie stratégie.',
    ].join('\n');
    const r = check(text, { lexicon, language: 'fr', explain: true });
    const framing = (r.explain ?? []).find((e) => e.text.startsWith('Vous avez longtemps'))!;
    expect(framing.mentions.map((m) => m.attribution)).toEqual(['question']);
    expect(r.findings).toEqual([]);
  });
});

describe('multi-word terms', () => {
  it('end on their own words, never on a word skipped inside them', () => {
    const r = check('Je ne fais jamais de promotion, pas vraiment.', { lexicon, language: 'fr', explain: true });
    const terms = (r.explain ?? []).flatMap((e) => e.mentions.flatMap((m) => m.terms));
    expect(terms).toEqual(['promotion']);
  });
});

describe('answers to a question that asks what matters', () => {
  const confidence = (text: string) => (check(text, { lexicon, language: 'fr', explain: true }).explain ?? []).flatMap((e) => e.mentions.filter((m) => m.concept === 'values').map((m) => [m.mode, m.flags.includes('descriptive'), m.confidence]));
  it('read a bare answer as a judgement, not a passing mention', () => {
    const judged = confidence('Paul : Quelle est votre règle principale ?\nNadia : Les valeurs.\nPaul : Et ensuite ?\nNadia : Les valeurs.');
    const plain = confidence('Paul : Vous venez de Lyon ?\nNadia : Les valeurs.');
    expect(judged[0]).toEqual(['opinion', false, expect.any(Number)]);
    // The same words answering another question stay a mention in passing.
    expect(judged[1]![1]).toBe(true);
    expect(plain[0]![1]).toBe(true);
    expect(judged[0]![2]).toBeGreaterThan(plain[0]![2] as number);
  });
});

describe('negative determiners', () => {
  const lexicon = CompiledLexicon.compile([
    parseLexicon(JSON.stringify({ concepts: [{ id: 'risk', label: { en: 'risk' }, terms: { fr: ['prends le risque'], en: ['take risks'] } }] }), 'risk.json'),
  ]);
  const stance = (text: string, lang: 'fr' | 'en') => (check(text, { lexicon, language: lang, explain: true }).explain ?? []).flatMap((e) => e.mentions.map((m) => [m.stance, m.mode]));
  it('"aucun" or "no" in place of the article denies the term', () => {
    expect(stance('Je ne prends aucun risque avec mes clients.', 'fr')).toEqual([['reject', 'practice']]);
    expect(stance('We take no risks with the flock.', 'en')).toEqual([['reject', 'practice']]);
  });
  it('"any" carries no negation of its own', () => {
    expect(stance('I never take any risks.', 'en')).toEqual([['reject', 'practice']]);
    expect(stance('I take any risks I can.', 'en')).toEqual([['endorse', 'practice']]);
  });
});

describe('detection', () => {
  it('reports a speaker who practises one side and advises the other, not the panellist who disagrees', () => {
    const text = [
      'Animatrice : Pourquoi êtes-vous sur les réseaux ?',
      "Nadia : Par opportunisme, je l'avoue. Je publie pour vendre.",
      'Hélène : Moi, par passion.',
      'Animatrice : Un conseil ?',
      'Nadia : Soyez généreux.',
    ].join('\n');
    const r = check(text, { lexicon, language: 'fr' });
    expect(r.findings.map((f) => [f.speaker, f.ruleId, f.kind])).toEqual([['Nadia', 'self-interest-vs-generosity', 'advice-vs-practice']]);
    expect(r.findings[0]!.statements.map((s) => s.line)).toEqual([2, 5, 2]);
    // The pair first, then the next best statement of a side: the contradiction said again.
    expect(r.findings[0]!.statements.map((s) => s.text)).toEqual(["Par opportunisme, je l'avoue.", 'Soyez généreux.', 'Je publie pour vendre.']);
  });

  it('weighs two practices of opposed concepts below advice against practice', () => {
    // Both can be true of one person (free code, paid consulting): at most a warning, never an error.
    const practices = check("Léa : Je publie pour vendre, tous les jours.\nLéa : Et le dimanche, je publie par passion, pour moi.", { lexicon, language: 'fr' });
    const advice = check("Léa : Je publie pour vendre, tous les jours.\nLéa : Publiez par passion.", { lexicon, language: 'fr' });
    const confidence = (r: typeof advice) => r.findings.find((f) => f.ruleId === 'self-interest-vs-passion')?.confidence ?? 0;
    expect(practices.findings.find((f) => f.ruleId === 'self-interest-vs-passion')?.kind).toBe('opposed-stances');
    expect(advice.findings.find((f) => f.ruleId === 'self-interest-vs-passion')?.kind).toBe('advice-vs-practice');
    expect(confidence(practices)).toBeLessThan(0.8 * confidence(advice));
  });

  it('does not take a sentence that holds both sides as one side of a contradiction', () => {
    const text = "Léa : Je publie pour vendre et par passion, les deux. Je publie pour vendre.\nLéa : Gardez la passion.";
    const r = check(text, { lexicon, language: 'fr' });
    expect(r.findings.map((f) => f.ruleId)).toContain('self-interest-vs-passion');
    expect(r.findings.every((f) => f.statements.every((s) => !s.text.includes('les deux')))).toBe(true);
  });
});

describe('quotations', () => {
  it('a quote that opens a turn and closes early is a citation, not the speaker\'s word', () => {
    const r = check('Ben : "Just improvise everything, always." I hear that every week and it is nonsense.\nBen : Have a plan.', { lexicon, language: 'en', explain: true });
    const quoted = (r.explain ?? []).find((e) => e.text.includes('Just improvise'))!;
    expect(quoted.mentions.map((m) => m.attribution)).toEqual(['quoted']);
  });
});

describe('what did not happen', () => {
  const attribution = (text: string, lang: 'fr' | 'en', concept: string) => classified(text, lang).find((x) => x.concept === concept)!.attribution;
  it('"I would have …", "j\'aurais …": the speaker\'s unreal past is hypothetical', () => {
    expect(attribution('If I had listened to him, I would have stayed home and improvised everything.', 'en', 'improvisation')).toBe('hypothetical');
    expect(attribution("I'd never have made it for the money alone.", 'en', 'self-interest')).toBe('hypothetical');
    expect(attribution("Si je l'avais écouté, je serais resté chez moi et j'aurais tout improvisé.", 'fr', 'improvisation')).toBe('hypothetical');
  });
  it('but not after a contrast, nor a hedge on what the speaker does', () => {
    expect(attribution('I would have loved a plan, but I improvised everything.', 'en', 'improvisation')).toBe('self');
    expect(attribution("J'aurais tendance à tout improviser.", 'fr', 'improvisation')).toBe('self');
    expect(attribution('You would have improvised everything.', 'en', 'improvisation')).toBe('self');
  });
  it('"Sans stratégie, on …": a condition and its consequence, unless the consequence is an instruction', () => {
    expect(attribution('Sans stratégie, on improvise tout, et on se perd.', 'fr', 'improvisation')).toBe('hypothetical');
    expect(attribution('Without a plan, you improvise everything.', 'en', 'improvisation')).toBe('hypothetical');
    const m = classified('Sans stratégie, n\'improvisez pas.', 'fr').find((x) => x.concept === 'improvisation')!;
    expect([m.attribution, m.mode, m.stance]).toEqual(['self', 'advice', 'reject']);
  });
});

describe('a period that is over', () => {
  const changed = (text: string, lang: 'fr' | 'en') => classified(text, lang).find((x) => x.concept === 'self-interest')!.flags.includes('changed');
  it('"until 2018", "jusqu\'en 2018", "from 2014 to 2017", "2014-2017"; not "since 2018"', () => {
    expect(changed("Jusqu'en 2018, j'étais là par opportunisme.", 'fr')).toBe(true);
    expect(changed('Until 2018 I did it for the money.', 'en')).toBe(true);
    expect(changed('From 2014 to 2017 I worked for the money.', 'en')).toBe(true);
    expect(changed("De 2014 à 2017, j'ai tout fait par opportunisme.", 'fr')).toBe(true);
    expect(changed('In 2014-2017 I worked for the money.', 'en')).toBe(true);
    expect(changed("Depuis 2018, je suis là par opportunisme.", 'fr')).toBe(false);
    expect(changed('Since 2018 I do it for the money.', 'en')).toBe(false);
  });
  it('"I was twenty-nine", "j\'avais 25 ans", when the speaker comes back to the present', () => {
    expect(changed('I was twenty-nine and did it for the money. Today it is different.', 'en')).toBe(true);
    expect(changed("J'avais 25 ans et j'étais là par opportunisme. Aujourd'hui, c'est autre chose.", 'fr')).toBe(true);
    expect(changed('I was 25 minutes late, and I did it for the money. Today it is different.', 'en')).toBe(false);
  });
  it("a story told before the interviewer's question belongs to the past the speaker's next turn leaves", () => {
    const text = "Marc : Jusqu'en 2018, j'étais trader. Et je le faisais par opportunisme.\nSophie : Et ensuite ?\nMarc : Aujourd'hui, je fais tout autrement.\n";
    const m = check(text, { lexicon, language: 'fr', explain: true }).explain!.flatMap((e) => e.mentions).find((x) => x.concept === 'self-interest')!;
    expect(m.flags).toContain('changed');
    const still = "Marc : Jusqu'en 2018, j'étais trader. Et je le faisais par opportunisme.\nSophie : Et ensuite ?\nMarc : Je continue.\n";
    expect(check(still, { lexicon, language: 'fr', explain: true }).explain!.flatMap((e) => e.mentions).find((x) => x.concept === 'self-interest')!.flags).not.toContain('changed');
  });
});

describe('an exception announced', () => {
  const flags = (text: string, lang: 'fr' | 'en') => classified(text, lang).find((x) => x.concept === 'self-interest')!.flags;
  it('covers the sentences that tell it, in the same turn', () => {
    expect(flags("Il y a une exception, et je la mets complètement à part. Une fois par mois, je le fais. Mais là, c'est par opportunisme.", 'fr')).toContain('exception');
    expect(flags("I make one exception, and it is deliberate. Once a month I do it for the money.", 'en')).toContain('exception');
  });
  it('opened by "sauf une fois par an" / "except once a year", or named after it is told', () => {
    expect(flags("Jamais… sauf une fois par an, et je l'explique toujours. Chaque décembre il y a un gala. Ce jour-là, je le fais par opportunisme.", 'fr')).toContain('exception');
    expect(flags("Never, except once a year, and I tell everyone why. There is a gala in December. That day I do it for the money.", 'en')).toContain('exception');
    expect(flags("Ce jour-là, je le fais par opportunisme. Une quarantaine. C'est la seule exception, je l'ai choisie.", 'fr')).toContain('exception');
    expect(flags("That day I do it for the money. That's my one exception.", 'en')).toContain('exception');
  });
  it('an exception of something else is no exception to the rule', () => {
    expect(flags("Je le fais par opportunisme. Le talent, c'est l'exception, pas la règle.", 'fr')).not.toContain('exception');
    expect(flags("I do it for the money. There is no exception to that.", 'en')).not.toContain('exception');
    expect(flags("Sauf erreur, je le fais par opportunisme.", 'fr')).not.toContain('exception');
  });
  it('"sans exception", "no exceptions" announce none', () => {
    expect(flags("Sans exception. Je le fais par opportunisme.", 'fr')).not.toContain('exception');
    expect(flags('No exceptions. I do it for the money.', 'en')).not.toContain('exception');
  });
});

describe('a French negation around a term that opens with its subject', () => {
  const inline = CompiledLexicon.compile([{ source: 'inline', data: { concepts: [{ id: 'pay', label: { fr: 'payer', en: 'pay' }, terms: { fr: ['ça paie', 'je parle vrai'] } }] } }]);
  const stances = (text: string) => (check(text, { lexicon: inline, language: 'fr', explain: true }).explain ?? []).flatMap((e) => e.mentions.map((m) => m.stance));
  it('the "ne" said inside the term, its second half right after it: one negation', () => {
    expect(stances('Léa : Ça ne paie jamais.')).toEqual(['reject']);
    expect(stances('Léa : Je ne parle vrai jamais.')).toEqual(['reject']);
    expect(stances('Léa : Ça paie toujours.')).toEqual(['endorse']);
  });
});

describe('a belief verb before the speaker\'s own doing', () => {
  const modeOf = (text: string, lang: 'fr' | 'en') => classified(text, lang).find((x) => x.concept === 'self-interest')!.mode;
  it('"je crois que je …", "I think I …" hedge a practice, not an opinion', () => {
    expect(modeOf("Léa : Je crois que je le fais par opportunisme, au fond.", 'fr')).toBe('practice');
    expect(modeOf('Lea: I think I do it for the money, deep down.', 'en')).toBe('practice');
  });
  it('"je crois que c\'est …" stays an opinion', () => {
    expect(modeOf("Léa : Je crois que c'est de l'opportunisme.", 'fr')).toBe('opinion');
    expect(modeOf("Lea: I think it's a business decision.", 'en')).toBe('opinion');
  });
});

describe('what a comparison puts second', () => {
  const stance = (text: string, lang: 'fr' | 'en') => classified(text, lang).find((x) => x.concept === 'improvisation')!.stance;
  it('"X vaut mieux que Y", "X compte plus que Y", "X is better than Y", "X beats Y" count against Y', () => {
    expect(stance("Léa : Une bonne stratégie vaut mieux que dix plans improvisés.", 'fr')).toBe('reject');
    expect(stance("Léa : La stratégie compte plus que l'envie d'improviser.", 'fr')).toBe('reject');
    expect(stance('Lea: A plan is better than the urge to improvise.', 'en')).toBe('reject');
    expect(stance('Lea: A plan beats the urge to improvise.', 'en')).toBe('reject');
  });
  it('the one put first is endorsed', () => {
    expect(stance("Léa : Improviser vaut mieux que tout planifier.", 'fr')).toBe('endorse');
  });
});

describe('"on" with a past participle', () => {
  const modeOf = (text: string) => classified(text, 'fr').find((x) => x.concept === 'self-interest')!.mode;
  it('"on a …", "on n\'a jamais …": what the speaker\'s team did', () => {
    expect(modeOf("Léa : L'an dernier, on a tout lancé par opportunisme.")).toBe('practice');
    expect(modeOf("Léa : On n'a jamais rien fait par opportunisme.")).toBe('practice');
  });
  it('the generic "on" in the present is no practice', () => {
    expect(modeOf("Léa : Quand on a tous le même but, l'opportunisme recule.")).toBe('opinion');
    expect(modeOf("Léa : On agit souvent par opportunisme.")).toBe('opinion');
  });
});

describe('a generic someone as the subject ("celui qui …", "anyone who …")', () => {
  const first = (text: string, lang: 'fr' | 'en') => classified(text, lang).find((x) => x.concept === 'improvisation')!;
  it('is the speaker\'s view of such people, and a negated predicate counts against the term', () => {
    const m = first("Léa : Je vais être dure, mais celui qui improvise n'a rien compris.", 'fr');
    expect([m.stance, m.mode]).toEqual(['reject', 'opinion']);
    const e = first('Lea: Honestly, anyone who wings it never lasts.', 'en');
    expect([e.stance, e.mode]).toEqual(['reject', 'opinion']);
  });
  it('"je suis quelqu\'un qui …", "I\'m someone who …" is the speaker', () => {
    expect(first("Léa : Je suis quelqu'un qui improvise.", 'fr').mode).toBe('practice');
    expect(first("Lea: I'm someone who wings it.", 'en').mode).toBe('practice');
  });
});

describe('a topic after "que" ("[le message, c\'est] que la stratégie, c\'est surfait")', () => {
  it('is the same dislocated topic', () => {
    expect(classified("Léa : Que la stratégie, c'est surfait.", 'fr').find((x) => x.concept === 'planning')!.stance).toBe('reject');
  });
});

describe('complementary oppositions: the two sides of one choice', () => {
  const lexiconWith = (complementary: boolean) =>
    CompiledLexicon.compile([{ source: 'inline', data: {
      concepts: [
        { id: 'free-work', label: { fr: 'gratuit', en: 'free work' }, terms: { fr: ['travailler gratuitement'], en: ['work for free'] } },
        { id: 'charging', label: { fr: 'facturer', en: 'charging' }, terms: { fr: ['facturer'], en: ['charging'] } },
      ],
      oppositions: [{ id: 'free-work-vs-charging', between: ['free-work', 'charging'], message: { en: 'x' }, ...(complementary ? { complementary: true } : {}) }],
    } }]);
  const text = 'Maren: Never work for free.\nMaren: Last year I made six logos without charging a penny.\n';
  it('rejecting both sides is a contradiction', () => {
    const r = check(text, { lexicon: lexiconWith(true), language: 'en' });
    expect(r.findings.map((f) => [f.ruleId, f.kind])).toEqual([['free-work-vs-charging', 'advice-vs-practice']]);
    expect(r.findings[0]!.statements.map((s) => s.text)).toEqual(['Never work for free.', 'Last year I made six logos without charging a penny.']);
  });
  it('not so for concepts one may both reject (the default)', () => {
    expect(check(text, { lexicon: lexiconWith(false), language: 'en' }).findings).toEqual([]);
  });
});

describe('one statement against several others', () => {
  it('is one finding with all the statements, whatever turns they come from', () => {
    const text = 'Léa : Je suis sur les réseaux par opportunisme.\nBen : Et vos conseils ?\nLéa : Soyez généreux.\nBen : Autre chose ?\nLéa : Montrez vos valeurs.\n';
    const r = check(text, { lexicon, language: 'fr' });
    expect(r.findings).toHaveLength(1);
    const [shared, ...others] = r.findings[0]!.statements.map((s) => s.text);
    expect(shared).toBe('Je suis sur les réseaux par opportunisme.');
    expect(others.sort()).toEqual(['Montrez vos valeurs.', 'Soyez généreux.']);
    expect(r.findings[0]!.message).toMatch(/même conflit: self-interest-vs-(generosity|values)\)/);
  });
});

describe('an opposition of a concept and a kind of it ("includes")', () => {
  const lexicon = CompiledLexicon.compile([{ source: 'inline', data: {
    concepts: [
      { id: 'self-interest', label: { fr: 'intérêt', en: 'self-interest' }, terms: { fr: ['pour vendre'], en: ['to sell'] } },
      { id: 'profit', label: { fr: 'profit', en: 'profit' }, terms: { fr: ['ma marge'], en: ['my margin'] } },
    ],
    oppositions: [{ id: 'self-interest-includes-profit', between: ['self-interest', 'profit'], message: { fr: 'x', en: 'x' }, includes: true }],
  } }]);
  const findings = (text: string) => check(text, { lexicon, language: 'fr' }).findings.map((f) => [f.ruleId, f.statements.map((s) => s.text)]);
  it('denying the whole and taking up the kind is a contradiction', () => {
    expect(findings("Paul : On n'est pas là pour vendre.\nPaul : Sur le chêne, je fais ma marge.\n")).toEqual([
      ['self-interest-includes-profit', ["On n'est pas là pour vendre.", 'Sur le chêne, je fais ma marge.']],
    ]);
  });
  it('endorsing both, or denying both, is not', () => {
    expect(findings('Paul : On est là pour vendre.\nPaul : Sur le chêne, je fais ma marge.\n')).toEqual([]);
    expect(findings("Paul : On n'est pas là pour vendre.\nPaul : Je ne fais pas ma marge sur le chêne.\n")).toEqual([]);
  });
  it('nor is taking up the whole and denying the kind', () => {
    expect(findings('Paul : On est là pour vendre.\nPaul : Je ne fais pas ma marge sur le chêne.\n')).toEqual([]);
  });
});

describe('a bare topic judged by the short sentence after it', () => {
  const first = (text: string, lang: 'fr' | 'en') => classified(text, lang).find((x) => x.concept === 'self-interest')!;
  it('"X. Don\'t do it.", "X ? Jamais.": against it, as advice', () => {
    expect(first("Lea: Business decisions. Don't do it. Not for anyone.\n", 'en')).toMatchObject({ stance: 'reject', mode: 'advice', attribution: 'self' });
    expect(first('Léa : Par opportunisme ? Surtout pas. Jamais de la vie.\n', 'fr')).toMatchObject({ stance: 'reject', mode: 'advice', attribution: 'self' });
    expect(first('Léa : Par opportunisme ? Jamais.\n', 'fr')).toMatchObject({ stance: 'reject', attribution: 'self' });
  });
  it('"X. Go for it.": for it', () => {
    expect(first('Lea: Business decisions. Go for it.\n', 'en')).toMatchObject({ stance: 'endorse', mode: 'advice' });
  });
  it('a sentence with its own negation is only repeated by "Jamais."', () => {
    expect(first("Léa : Ne faites jamais rien par opportunisme. Jamais.\n", 'fr').stance).toBe('reject');
  });
  it('a longer sentence after the topic is no verdict', () => {
    expect(first("Lea: Business decisions. Don't do it unless you must, and then tell me.\n", 'en').stance).toBe('endorse');
  });
});

describe('"sans X, …" followed by failure', () => {
  const first = (text: string, lang: 'fr' | 'en') => classified(`${text}\n${lang === 'fr' ? 'Ben : D\'accord.' : 'Ben: Right.'}\n`, lang).find((x) => x.concept === 'planning')!;
  it('says X is needed: the speaker\'s claim, not a hypothesis', () => {
    expect(first("Léa : Sans stratégie, vous n'irez nulle part.", 'fr')).toMatchObject({ stance: 'endorse', attribution: 'self' });
    expect(first('Léa : Sans stratégie, vous êtes mort.', 'fr')).toMatchObject({ stance: 'endorse', attribution: 'self' });
    expect(first("Lea: Without a strategy, you're dead in the water.", 'en')).toMatchObject({ stance: 'endorse', attribution: 'self' });
  });
  it('a consequence that is no failure stays a hypothesis', () => {
    expect(first('Léa : Sans stratégie, on avance au jour le jour.', 'fr').attribution).toBe('hypothetical');
  });
});

describe('a sentence that opens on a past tense, its "I" left out', () => {
  const first = (text: string) => classified(`${text}\nBen: Right.\n`, 'en').find((x) => x.concept === 'self-interest')!;
  it('is the speaker\'s practice, not an instruction ("Got it for the money last spring")', () => {
    expect(first('Lea: Got it for the money last spring, straight from the dealer.').mode).toBe('practice');
    expect(first('Lea: Took the job for the money, honestly.').mode).toBe('practice');
  });
  it('a base form is still an instruction', () => {
    expect(first('Lea: Get it for the money, not for love.').mode).toBe('advice');
  });
});

describe('dismissed as fiction', () => {
  const stance = (text: string, lang: 'fr' | 'en') => classified(text, lang).find((x) => x.concept === 'planning')!.stance;
  it('"n\'a aucune valeur", "is worthless" judge against what they are said of', () => {
    expect(stance("Une stratégie qu'on ne relit jamais n'a aucune valeur.", 'fr')).toBe('reject');
    expect(stance('Ce qui compte, c\'est la stratégie ; le reste ne vaut rien.', 'fr')).toBe('endorse');
    expect(stance('A strategy nobody follows is worthless.', 'en')).toBe('reject');
    expect(stance("La stratégie, ça dévalorise tout le monde.", 'fr')).toBe('reject');
  });
  it('"c\'est de la fiction" after a topic with a modifier and an adverbial', () => {
    expect(stance("Une vraie stratégie sur trois ans, honnêtement, c'est de la fiction.", 'fr')).toBe('reject');
    expect(stance('A five-year plan is pure fiction.', 'en')).toBe('reject');
    expect(stance("Une stratégie sur trois ans, honnêtement, c'est indispensable.", 'fr')).toBe('endorse');
  });
  it('"de l\'argent jeté par les fenêtres": a waste, said of the topic, and no motive of money', () => {
    const mentions = classified("Pour moi, les stratégies et les plans, c'est de l'argent jeté par les fenêtres.", 'fr');
    expect(mentions.find((x) => x.concept === 'planning')!.stance).toBe('reject');
    expect(mentions.some((x) => x.concept === 'self-interest')).toBe(false);
    expect(classified('A strategy is money down the drain.', 'en').find((x) => x.concept === 'planning')!.stance).toBe('reject');
  });
});

describe('an unreal condition and its consequence', () => {
  const attribution = (text: string, lang: 'fr' | 'en') => classified(text, lang).find((x) => x.concept === 'improvisation')!.attribution;
  it('"Si je ne pensais qu\'à …, je vous dirais de …" is hypothetical', () => {
    expect(attribution("Si je ne pensais qu'aux chiffres, je vous dirais d'improviser.", 'fr')).toBe('hypothetical');
    expect(attribution("If I only cared about reach, I'd tell you to improvise.", 'en')).toBe('hypothetical');
  });
  it('a condition that frames real advice is not', () => {
    expect(attribution('Si je devais donner un conseil, je dirais : improvisez.', 'fr')).toBe('self');
    expect(attribution("Si j'étais vous, j'improviserais.", 'fr')).toBe('self');
    expect(attribution("If I had to pick one thing, I'd say improvise.", 'en')).toBe('self');
    expect(attribution('If I were you, I would improvise.', 'en')).toBe('self');
  });
});

describe('a preference', () => {
  it('ranks what follows it lower: "X compte plus que Y", "X matters more than Y"', () => {
    expect(classified("La stratégie compte plus que l'envie d'improviser.", 'fr').find((x) => x.concept === 'improvisation')!.stance).toBe('reject');
    expect(classified('Strategy matters more than the urge to improvise.', 'en').find((x) => x.concept === 'improvisation')!.stance).toBe('reject');
    expect(classified("Savoir improviser compte plus que tout.", 'fr').find((x) => x.concept === 'improvisation')!.stance).toBe('endorse');
  });
});

describe('someone else, a joke, a judgement by consequence', () => {
  const first = (text: string, lang: 'fr' | 'en', concept: string) => classified(text, lang).find((x) => x.concept === concept)!;
  it('"Il publiait uniquement pour vendre": a third person singular subject does it, not the speaker', () => {
    expect(first('Pour lui, LinkedIn, point. Il publiait uniquement pour vendre.', 'fr', 'self-interest').attribution).toBe('reported');
    expect(first('She only did it for the money.', 'en', 'self-interest').attribution).toBe('reported');
    // Impersonal "il", "they" (people in general, judged by the speaker), and the speaker as well: not reported.
    expect(first("Il faut être là par opportunisme.", 'fr', 'self-interest').attribution).toBe('self');
    expect(first('They only do it for the money, and it shows.', 'en', 'self-interest').attribution).toBe('self');
    expect(first("Il le faisait pour vendre, et moi je publie pour vendre aussi.", 'fr', 'self-interest').attribution).toBe('self');
  });
  it('"Non, non, je plaisante" in the next turn takes the joke back', () => {
    const text = "Romain : Je suis là par opportunisme, voilà. (rires)\nRomain : Non, non, je plaisante, évidemment.\n";
    expect(check(text, { lexicon, language: 'fr', explain: true }).explain!.flatMap((e) => e.mentions).find((x) => x.concept === 'self-interest')!.flags).toContain('joke');
  });
  it('a joke that runs on for a sentence is taken back by the retraction after it', () => {
    const flags = (text: string, lang: 'fr' | 'en') => check(text, { lexicon, language: lang, explain: true }).explain!.flatMap((e) => e.mentions).find((x) => x.concept === 'self-interest')!.flags;
    expect(flags("Hannah: Oh, I'm only here for the money. I'm basically a vampire, I live in the office. (laughs) No, no, I'm joking, obviously.\n", 'en')).toContain('joke');
    expect(flags("Romain : Je suis là par opportunisme. Je suis un requin. Non, je plaisante.\n", 'fr')).toContain('joke');
    // Three sentences on, the retraction takes back what is next to it, not this.
    expect(flags("Romain : Je suis là par opportunisme. J'ai trois enfants. J'habite à Lyon. Non, je plaisante.\n", 'fr')).not.toContain('joke');
  });
  it('"Personne ne vous remerciera d\'avoir …", "ça ne se rattrape jamais" judge against what they name', () => {
    expect(first("Personne ne vous remerciera d'avoir tout improvisé.", 'fr', 'improvisation').stance).toBe('reject');
    expect(first('Nobody will thank you for the urge to improvise.', 'en', 'improvisation').stance).toBe('reject');
    expect(first('La stratégie improvisée, ça ne se rattrape jamais.', 'fr', 'improvisation').stance).toBe('reject');
  });
});

describe('the scope of a negation', () => {
  const stance = (text: string, lang: 'fr' | 'en') => classified(text, lang).find((x) => x.concept === 'advertising')!.stance;
  it('"N\'essayez pas de …", "Don\'t try to …" deny the whole infinitive after them, however long', () => {
    expect(stance("N'essayez pas de jouer le jeu des géants de la grande publicité, vous perdrez.", 'fr')).toBe('reject');
    expect(stance("Ne cherchez jamais à rivaliser avec les budgets des géants de la publicité.", 'fr')).toBe('reject');
    expect(stance("Don't try to outspend the big players on their own ground with ads.", 'en')).toBe('reject');
    // Any other negation still stops six words on.
    expect(stance("Je ne dis pas que les petits commerçants du quartier doivent faire de la publicité.", 'fr')).toBe('endorse');
  });
});

describe('an adverb of time at the head of a statement', () => {
  it('is no imperative: "Right now we post …" is what the speaker does', () => {
    const mode = (text: string) => classified(text, 'en').find((x) => x.concept === 'quantity')!.mode;
    expect(mode('So right now we push out volume every day.')).toBe('practice');
    expect(mode('Lately we chase volume, honestly.')).toBe('practice');
  });
});

describe('terse statements and imperatives at the head of a clause', () => {
  const mentions = (text: string, lang: 'fr' | 'en', concept: string) => check(text, { lexicon, language: lang, explain: true }).explain!.flatMap((e) => e.mentions).filter((m) => m.concept === concept);
  it('a word or two is less sure evidence than the sentence that goes on', () => {
    const [terse, full] = mentions('Q: Any advice?\nA: Be generous. Be generous with your time, always.\n', 'en', 'generosity');
    expect(terse!.confidence).toBeLessThan(full!.confidence);
  });
  it('an imperative term is the verb of its clause, not a subject a later negation denies', () => {
    expect(mentions("Q : Un conseil ?\nR : Improvisez tout ce qui n'est pas essentiel.\n", 'fr', 'improvisation')[0]!.stance).toBe('endorse');
    // A noun at the head of its clause still is the subject its predicate's negation denies.
    expect(mentions("Q : Et le plan ?\nR : La stratégie n'a jamais été ma priorité.\n", 'fr', 'planning')[0]!.stance).toBe('reject');
  });
});

describe('a habit the speaker "used to" have', () => {
  const mentions = (text: string) => check(text, { lexicon, language: 'en', explain: true }).explain!.flatMap((e) => e.mentions);
  it('is over, and so is the verbless fragment after it, with nothing said of the present', () => {
    const [habit, fragment] = mentions('Q: Was that your experience?\nA: I used to work for the money. Never a business decision, for years.\n');
    expect(habit!.flags).toContain('changed');
    expect(fragment!.mode).toBe('practice');
    expect(fragment!.flags).toContain('changed');
  });
  it('"Never" before a verb is still a prohibition', () => {
    expect(mentions('Q: Advice?\nA: Never work for the money.\n')[0]!.mode).toBe('advice');
  });
});

describe('"il faut que je …"', () => {
  it('is the speaker\'s own need, not advice; "il faut que vous …" is advice', () => {
    const mode = (text: string) => classified(text, 'fr').find((x) => x.concept === 'planning')!.mode;
    expect(mode("Je suis comme ça, il faut que je prépare une stratégie pour tout.")).toBe('practice');
    expect(mode("Il faut que vous prépariez une stratégie.")).toBe('advice');
  });
});

describe('the answer to a question asking for advice', () => {
  const mentions = (text: string) => check(text, { lexicon, language: 'en', explain: true }).explain!.flatMap((e) => e.mentions).filter((m) => m.concept === 'generosity');
  it('is advice, less sure than the advice said as such', () => {
    const [said, answered] = mentions('Host: Any advice?\nAna: Be generous. People remember the generous ones.\n');
    expect([said!.mode, answered!.mode]).toEqual(['advice', 'advice']);
    expect(answered!.flags).toContain('inherited-mode');
    expect(answered!.confidence).toBeLessThan(said!.confidence);
  });
});

describe('left to someone else, and what it looks like', () => {
  const first = (text: string, lang: 'fr' | 'en', concept: string) => classified(text, lang).find((x) => x.concept === concept)!;
  it('"let him do …", "laissez-le …": no stance of the speaker on what is left to someone else', () => {
    expect(first('If you have a partner, let him do the promotion.', 'en', 'advertising').attribution).toBe('reported');
    expect(first('Laissez-le faire la promotion.', 'fr', 'advertising').attribution).toBe('reported');
    expect(first('Let go of the promotion.', 'en', 'advertising').attribution).toBe('self');
  });
  it('what others will do in return is the outcome an advice promises, not the advice', () => {
    expect(first('Soignez vos clients et ils feront la promotion pour vous.', 'fr', 'advertising').attribution).toBe('hypothetical');
    expect(first('Treat people well and they will do the promotion for you.', 'en', 'advertising').attribution).toBe('hypothetical');
    expect(first('Soyez patients, et les gens feront la promotion pour vous.', 'fr', 'advertising').attribution).toBe('hypothetical');
    // The advice itself, and an impersonal "il", stay the speaker's.
    expect(first('Faites de la publicité et soignez vos clients.', 'fr', 'advertising').attribution).toBe('self');
    expect(first('Soignez vos clients et il faut aussi faire de la publicité.', 'fr', 'advertising').attribution).toBe('self');
  });
  it('"reads as having something to hide" judges against its subject', () => {
    expect(first('A strategy kept secret reads as having something to hide.', 'en', 'planning').stance).toBe('reject');
  });
});

describe('"not … until"', () => {
  it('a negation before "until" / "tant que" says "only then" and does not deny what follows', async () => {
    const { parseLexicon } = await import('../src/lexicon/load.js');
    const lex = CompiledLexicon.compile([parseLexicon(JSON.stringify({ concepts: [{ id: 'perfectionism', label: { en: 'perfectionism', fr: 'perfectionnisme' }, terms: { en: ["until it's perfect", 'perfect'], fr: ["tant que ce n'est pas parfait", 'parfait'] } }] }), 'p.json')]);
    const stance = (text: string, lang: 'fr' | 'en') => (check(text, { lexicon: lex, language: lang, explain: true }).explain ?? []).flatMap((e) => e.mentions)[0]!.stance;
    expect(stance("I don't put anything out until it's perfect.", 'en')).toBe('endorse');
    expect(stance("Nothing leaves my desk until it's perfect.", 'en')).toBe('endorse');
    expect(stance("Je ne publie rien tant que ce n'est pas parfait.", 'fr')).toBe('endorse');
    expect(stance("It doesn't have to be perfect.", 'en')).toBe('reject');
    // "until" between the negation and a term that does not start with it.
    expect(stance('Nothing ships till every pixel is perfect.', 'en')).toBe('endorse');
  });
});

describe('a concession over two sentences', () => {
  it('is conceded until the "mais" that opens the sentence after next', () => {
    const flags = classified("C'est vrai que savoir improviser, ça marche. Publier au feeling, ça donne de la visibilité. Mais ce qui compte, c'est la stratégie.", 'fr')
      .filter((x) => x.concept === 'improvisation').map((x) => x.flags.includes('conceded'));
    expect(flags[0]).toBe(true);
  });
});
