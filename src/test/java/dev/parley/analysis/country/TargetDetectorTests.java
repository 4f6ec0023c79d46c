package dev.parley.analysis.country;

import static dev.parley.analysis.country.Country.CHINA;
import static dev.parley.analysis.country.Country.JAPAN;
import static dev.parley.analysis.country.Country.RUSSIA;
import static dev.parley.analysis.country.Country.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Country-target detection: one test per alias kind and per trap of the alias table. Sentences
 * are real comments or article paragraphs from the shared seed pages and the annotation pool
 * (verbatim or cut), except those marked {@code // invented}, written where the data has no
 * example of a trap. Plain JUnit: no Quarkus, no database, no labels.
 */
class TargetDetectorTests {

    private static final TargetDetector DETECTOR = new TargetDetector();

    // ------------------------------------------------------------------ basics

    @Test
    void seedSentenceFindsRussiaAndJapan() {
        // seed page 002, a reader comment
        String text = "As WWII punishment for being an aggressor, Russia don't need to return anything. "
                + "In fact, call it a war victory trophy. Germany lost land, too. So what make Japan special?";
        assertMentions(text, m(RUSSIA, "Russia", "name"), m(JAPAN, "Japan", "name"));
    }

    @Test
    void spansAreExactAndInTextOrder() {
        String[] texts = {
            "However, Russian expansionism threatened Japan’s security, and conflicts of interest over the "
                    + "Korean Peninsula and Manchukuo caused the Russo-Japanese War.",
            "Abe is making a determined pitch to nudge Russia back to the middle ground even as the countdown "
                    + "begins for yet another visit by Putin to China (to attend the victory celebrations, including "
                    + "a grand parade that Beijing is planning for September), which would in all probability hoist "
                    + "the Sino-Russian entente to newer heights.",
            "Sometimes I just don’t understand how we can think that China deserves to be our biggest trade ally "
                    + "when we have ACTUAL ALLIES in NATO and on both borders who can do just as much for us here "
                    + "in the US and not be countries literally ripped from the pages of 1984.",
            "So the second wave is only for the U.S.A.?",
            "tRump's election was a tragedy for morality, for the goodness in Americans, for global stability.",
        };
        for (String text : texts) {
            List<TargetMention> found = DETECTOR.detect(text);
            assertTrue(!found.isEmpty(), text);
            int previousEnd = 0;
            for (TargetMention mention : found) {
                assertEquals(text.substring(mention.start(), mention.end()), mention.surface(), text);
                assertTrue(mention.start() >= previousEnd, "overlap or out of order in: " + text);
                previousEnd = mention.end();
            }
        }
    }

    @Test
    void emptyAndBlankTextHaveNoMentions() {
        assertEquals(List.of(), DETECTOR.detect(""));
        assertEquals(List.of(), DETECTOR.detect(null));
        assertEquals(List.of(), DETECTOR.detect("   \n\t"));
    }

    @Test
    void defaultTableHasAVersion() {
        assertEquals("2", DETECTOR.aliasesVersion());
    }

    // ------------------------------------------------------------------ alias kinds

    @Test
    void names() {
        assertMentions("Kenya has no formal ties with Taiwan and recognises China's claims over the island.",
                m(CHINA, "China", "name"));
        assertMentions("The fabricated cold war against China is so naked.", m(CHINA, "China", "name"));
        assertMentions("It is called the United States of America, not the United States of Trump.",
                m(US, "United States of America", "name"), m(US, "United States", "name"), m(US, "Trump", "leader"));
    }

    @Test
    void demonyms() {
        assertMentions("Just dumb Americans democratically electing a candidate?", m(US, "Americans", "demonym"));
        assertMentions("The JMSDF dancing with the Great Russian Navy ;)",
                m(JAPAN, "JMSDF", "military"), m(RUSSIA, "Russian", "demonym"));
        assertMentions("The Soviets played the long game... and won", m(RUSSIA, "Soviets", "demonym"));
    }

    @Test
    void capitalsAsMetonyms() {
        assertMentions("I'm afraid there are lots of 'greater fools' getting off planes from Beijing every day.",
                m(CHINA, "Beijing", "capital"));
        assertMentions("Interestingly, however, Abe also tried at the G7 summit to leave room for dialogue with "
                        + "Russia. Thus, the phone call to Putin on Tuesday did have a backdrop. Moscow might even "
                        + "have expected Abe’s phone call.",
                m(JAPAN, "Abe", "leader"), m(RUSSIA, "Russia", "name"), m(RUSSIA, "Putin", "leader"),
                m(RUSSIA, "Moscow", "capital"), m(JAPAN, "Abe", "leader"));
        assertMentions("Your people are masters of the culinary arts, with Tokyo having the most michellin stars.",
                m(JAPAN, "Tokyo", "capital"));
    }

    @Test
    void leaders() {
        assertMentions("Tbh, Lavrov is probably a bigger piece of shit than even Putin",
                m(RUSSIA, "Lavrov", "government"), m(RUSSIA, "Putin", "leader"));
        assertMentions("Xi is in a battle of wits with an unarmed man.", m(CHINA, "Xi", "leader"));
        assertMentions("As the article states:  Trump is China's chump.",
                m(US, "Trump", "leader"), m(CHINA, "China", "name"));
        assertMentions("Xi Jinping won't be bowing to Trump.",
                m(CHINA, "Xi Jinping", "leader"), m(US, "Trump", "leader"));
    }

    @Test
    void governments() {
        assertMentions("But hey, the Kremlin wished him well so it's all good right???",
                m(RUSSIA, "Kremlin", "government"));
        assertMentions("Hitlery has to be the worst fool to ever make a run at the White House.",
                m(US, "White House", "government"));
        assertMentions("Watching China burn all these bridges while a wary CCP looks on",
                m(CHINA, "China", "name"), m(CHINA, "CCP", "government"));
        assertMentions("The Chinese Communist Party sets the line.", m(CHINA, "Chinese Communist Party", "government"));
    }

    @Test
    void congressionalPartyMembersAreNotTheUs() {
        // pool00163 (annotation pool, gold none for the US): a party is not the US
        assertMentions("Try telling that to the moron congressional democrats Frick & Frack -- Adam Schiff and Mark Warner");
        // invented
        assertMentions("Congressional Republicans blocked it.");
        // invented
        assertMentions("The congressional hearing was a farce.", m(US, "congressional", "government"));
    }

    @Test
    void armedForces() {
        assertMentions("Luckily the PLA is massively incompetent and corrupt.", m(CHINA, "PLA", "military"));
        assertMentions("The Pentagon, insurance companies, energy companies, and all governments",
                m(US, "Pentagon", "military"));
        // invented
        assertMentions("The US Navy sailed through the strait again.", m(US, "US Navy", "military"));
    }

    @Test
    void abbreviationsIncludingDottedOnes() {
        assertMentions("So the second wave is only for the U.S.A.?", m(US, "U.S.A.", "abbreviation"));
        assertMentions("So PRC can go suck eggs.", m(CHINA, "PRC", "abbreviation"));
        assertMentions("China does have a lot of bullet catchers, and the USA has a lot of expendable population.",
                m(CHINA, "China", "name"), m(US, "USA", "abbreviation"));
        // without the final dot the token is still U.S (the span is what was written)
        // invented
        assertMentions("the U.S and its allies", m(US, "U.S", "abbreviation"));
    }

    @Test
    void sinoAndRussoPrefixesYieldBothCountries() {
        assertMentions("which would in all probability hoist the Sino-Russian entente to newer heights.",
                m(CHINA, "Sino", "prefix"), m(RUSSIA, "Russian", "demonym"));
        assertMentions("conflicts of interest over the Korean Peninsula and Manchukuo caused the Russo-Japanese War.",
                m(RUSSIA, "Russo", "prefix"), m(JAPAN, "Japanese", "demonym"));
        // without the hyphen they are other words: a surname, a company name
        // invented
        assertMentions("The Russo brothers directed it, Sino Biopharm paid for it.");
    }

    // ------------------------------------------------------------------ traps

    @Test
    void pronounUsIsNeverTheUs() {
        assertMentions("Sometimes I just don’t understand how we can think that China deserves to be our biggest "
                        + "trade ally when we have allies who can do just as much for us here in the US.",
                m(CHINA, "China", "name"), m(US, "US", "abbreviation"));
        assertMentions("There is the whole banty rooster resemblance, the puffed up chest and the strut. "
                + "God help us all!");
        assertMentions("Us Americans never learn.", m(US, "Americans", "demonym"));
        // "They gave us military aid": the pronoun before a military noun is still the pronoun
        // invented
        assertMentions("They gave us military aid and then left.");
    }

    @Test
    void capitalUsInAShoutedSentenceNeedsContext() {
        // invented
        assertMentions("GOD HELP US ALL, THIS IS A DISASTER");
        // invented
        assertMentions("THEY WANT TO DESTROY US AND OUR WAY OF LIFE!!!");
        // invented
        assertMentions("THE US MILITARY WILL NEVER ALLOW THIS", m(US, "US", "abbreviation"));
        // invented
        assertMentions("WHY ARE US TROOPS STILL THERE", m(US, "US", "abbreviation"));
        // invented
        assertMentions("US-CHINA TALKS COLLAPSE AGAIN",
                m(US, "US", "abbreviation"), m(CHINA, "CHINA", "name"));
        // U.S. and USA always count, shouted or not
        // invented
        assertMentions("THEY HATE THE U.S. AND THE USA WILL WIN",
                m(US, "U.S.", "abbreviation"), m(US, "USA", "abbreviation"));
        // a normal sentence with other acronyms is not shouting
        assertMentions("Of course....real time, 24-7 ISR from thr US/NATO has probably been the most important "
                + "single support for Ukraine from the west.", m(US, "US", "abbreviation"));
    }

    @Test
    void dollarPriceIsNotTheUs() {
        assertMentions("For mineral fuels, in 2024 the import value from Russia was about US$3.82 billion.",
                m(RUSSIA, "Russia", "name"));
    }

    @Test
    void washingtonTheStateNewspaperAndPeopleAreNotTheCapital() {
        assertMentions("Had this happen to me in Washington State, tapped Obama, machine selected Romney.",
                m(US, "Obama", "leader"));
        // invented
        assertMentions("I read it in the Washington Post, which is hardly a Kremlin outlet.",
                m(RUSSIA, "Kremlin", "government"));
        // invented
        assertMentions("George Washington and Denzel Washington walk into the state of Washington.");
        // invented
        assertMentions("Salmon runs in eastern Washington are down again.");
        // the capital as metonym
        assertMentions("exports to the United States rose 46% despite lingering tariff hikes in a trade war with "
                        + "Washington, customs data showed Monday.",
                m(US, "United States", "name"), m(US, "Washington", "capital"));
        assertMentions("Bessent met with Ukrainian Prime Minister Yuliia Svyrydenko on Oct. 14, reaffirming "
                + "Washington’s commitment to Ukraine’s sovereignty.", m(US, "Washington", "capital"));
        assertMentions("discuss the matter on their return to Washington, D.C.,” Robinson said.",
                m(US, "Washington", "capital"));
        // invented
        assertMentions("Lobbyists flock to Washington DC every spring.", m(US, "Washington DC", "capital"));
    }

    @Test
    void georgiaIsNeverACountryHere() {
        assertMentions("Russia is a terrorist state, the fascist regime led by the criminal Putin. He terrorizes "
                        + "other countries like Ukraine, Georgia and Moldova.",
                m(RUSSIA, "Russia", "name"), m(RUSSIA, "Putin", "leader"));
        // invented
        assertMentions("Early voting in Atlanta, Georgia starts Monday.");
    }

    @Test
    void abeOnlyWhenItIsShinzoAbe() {
        assertMentions("“Japanese Prime Minister Shinzo Abe wants to prevent the population from dropping below "
                        + "100 million by 2060.”",
                m(JAPAN, "Japanese", "demonym"), m(JAPAN, "Shinzo Abe", "leader"));
        assertMentions("Enter Japan, which under the government of Mr. Abe, has bowed to American pressures.",
                m(JAPAN, "Japan", "name"), m(JAPAN, "Abe", "leader"), m(US, "American", "demonym"));
        // title or government noun alone is context enough
        // invented
        assertMentions("PM Abe flew to Canberra.", m(JAPAN, "Abe", "leader"));
        // invented
        assertMentions("The Abe government rammed the bill through.", m(JAPAN, "Abe", "leader"));
        // invented
        assertMentions("Prime Minister Abe should talk to the corporations.", m(JAPAN, "Abe", "leader"));
        // Russia or China named in the text: the seed article on Abe and Putin
        assertMentions("Abe’s anxieties over the Asian Infrastructure Investment Bank were plainly ignored by "
                        + "Britain, France, Germany, Italy and Canada, which have joined the planned China-led bank.",
                m(JAPAN, "Abe", "leader"), m(CHINA, "China", "name"));
        // not Lincoln, Vigoda, a bare name without context, or lower case
        // invented
        assertMentions("Honest Abe would be ashamed of this Congress.", m(US, "Congress", "government"));
        // invented
        assertMentions("Abe Lincoln freed the slaves; Abe Vigoda outlived his obituaries.");
        // invented
        assertMentions("Abe said he would fix the fence by Friday.");
        // invented
        assertMentions("Japan needs a leader like Abe Lincoln, not like abe from accounting.",
                m(JAPAN, "Japan", "name"));
        // invented
        assertMentions("America had its Abe, and Abe freed the slaves.", m(US, "America", "name"));
    }

    @Test
    void sugaNeedsJapanContext() {
        // invented
        assertMentions("Suga from BTS dropped a new mixtape.");
        // invented
        assertMentions("Suga resigned after one year as Japan's prime minister.",
                m(JAPAN, "Suga", "leader"), m(JAPAN, "Japan", "name"));
    }

    @Test
    void chinaThePorcelainIsNotTheCountry() {
        assertMentions("no...dumb old chump is a bull in china shop.");
        // invented
        assertMentions("He is a bull in a China shop.");
        // invented
        assertMentions("Grandma kept the fine china and the bone china cups in the china cabinet.");
        // invented
        assertMentions("Fine china is mostly made in China these days.", m(CHINA, "China", "name"));
        // lower-case "china" is still the country elsewhere: commenters often write it so
        // invented
        assertMentions("china will never allow it", m(CHINA, "china", "name"));
    }

    @Test
    void demonymsCountInFoodAndLanguageContexts() {
        assertMentions("Even if the idiots cannot read chinese, they should recognize the language. Chinese and "
                        + "Korean writing looks totally different.",
                m(CHINA, "chinese", "demonym"), m(CHINA, "Chinese", "demonym"));
        // invented
        assertMentions("Best Japanese food I had outside Tokyo.",
                m(JAPAN, "Japanese", "demonym"), m(JAPAN, "Tokyo", "capital"));
        // but idioms named after a demonym say nothing about the country
        // invented
        assertMentions("It is a game of Chinese whispers, or Russian roulette.");
    }

    @Test
    void xiOnlyCapitalisedAndAsAWholeWord() {
        assertMentions("In other words, Xi told him to Fuck Off, he has more important business to be doing.",
                m(CHINA, "Xi", "leader"));
        // invented
        assertMentions("Xi'an is lovely in spring, Xiaomi phones are cheap, and Pope Pius XI was pope.");
        // invented
        assertMentions("the xi and pi of the formula");
    }

    @Test
    void plaOnlyCapitalisedAndNotThePlastic() {
        assertMentions("most PLA leaders are well aware of the capabilities of the Chinese military.",
                m(CHINA, "PLA", "military"), m(CHINA, "Chinese", "demonym"));
        // invented
        assertMentions("I print everything in PLA filament, pla is cheap.");
    }

    @Test
    void americaThatIsNotTheUs() {
        assertMentions("Wow I haul pharmaceuticals, crazy to think I'll probably be delivering vaccines all over "
                + "North America.");
        assertMentions("It's funny to read these ignorant comments about immigration and the plight of Central "
                + "Americans from myopic terrified xenophobes.");
        // invented
        assertMentions("America is neither Latin America nor South America.", m(US, "America", "name"));
        // invented
        assertMentions("Native Americans and Latin American migrants, says Captain America.");
        assertMentions("He just said he didn't want young African Americans treating police like this.");
    }

    @Test
    void possessivesAndPluralsKeepTheSpanOnTheName() {
        assertMentions("Japan’s current population is about 124 million.", m(JAPAN, "Japan", "name"));
        assertMentions("For example, Japan’s soft approach regarding Russia’s annexation of Crimea",
                m(JAPAN, "Japan", "name"), m(RUSSIA, "Russia", "name"));
        // invented
        assertMentions("Putin's friends and the Americans' patience", m(RUSSIA, "Putin", "leader"),
                m(US, "Americans", "demonym"));
        assertMentions("Who said anything about Russians? Its Putin whos the problem.",
                m(RUSSIA, "Russians", "demonym"), m(RUSSIA, "Putin", "leader"));
    }

    @Test
    void longestAliasWins() {
        // invented
        assertMentions("The People's Republic of China, not the Republic of China.",
                m(CHINA, "People's Republic of China", "name"));
        // invented
        assertMentions("The Trump administration and Donald Trump Jr.",
                m(US, "Trump administration", "government"));
        assertMentions("Cry baby Senator Chuck Schumer. The 2003 photo shows Schumer and Putin eating doughnuts "
                        + "during Putin's trip to New York.",
                m(RUSSIA, "Putin", "leader"), m(RUSSIA, "Putin", "leader"));
    }

    @Test
    void canadianCpcAndGunCcpAreNotChina() {
        assertMentions("No way is he going to woo young voters from Trudeau to the CPC; it's a lost hope.");
        assertMentions("Most CCP holders actually are HIGHLY trained and in this case my guess is none of them "
                + "were in a position to get a clean shot.");
        // invented
        assertMentions("Beijing says the CPC will never give up Taiwan.",
                m(CHINA, "Beijing", "capital"), m(CHINA, "CPC", "government"));
    }

    @Test
    void theStatesOnlyCapitalised() {
        assertMentions("But what happens in the States isn't on the up & up.", m(US, "the States", "name"));
        // invented
        assertMentions("the states should decide, not the feds.");
    }

    @Test
    void sovietUnionCountsAsRussia() {
        assertMentions("Ok? The US also helped the USSR by attacking nazi Germany in the 40s.",
                m(US, "US", "abbreviation"), m(RUSSIA, "USSR", "abbreviation"));
        assertMentions("given the evidence of U.S. first strike strategy against the Soviet Union in the 1950s",
                m(US, "U.S.", "abbreviation"), m(RUSSIA, "Soviet Union", "name"));
    }

    @Test
    void senateNeedsAUsContext() {
        // invented
        assertMentions("The Senate of Canada sat late.");
        // invented
        assertMentions("The US Senate sat late.",
                m(US, "US", "abbreviation"), m(US, "Senate", "government"));
    }

    // ------------------------------------------------------------------ table loading and safety

    @Test
    void fromTsvLoadsACustomTable() {
        String tsv = "# test table\n# version: 7\n"
                + "russia\tname\tRussia\n"
                + "us\tabbreviation\tUS\tcs,shout\n"
                + "-\tblock\tRussia Today\n";
        TargetDetector detector = TargetDetector.fromTsv(new StringReader(tsv));
        assertEquals("7", detector.aliasesVersion());
        List<TargetMention> found = detector.detect("Russia Today lies; Russia and the US and us.");
        assertEquals(List.of(new TargetMention(RUSSIA, 19, 25, "Russia", "name"),
                new TargetMention(US, 34, 36, "US", "abbreviation")), found);
    }

    @Test
    void malformedTablesFailWithTheirLineNumber() {
        IllegalArgumentException badFlag = assertThrows(IllegalArgumentException.class,
                () -> TargetDetector.fromTsv(new StringReader("# version: 1\nrussia\tname\tRussia\tloud\n")));
        assertTrue(badFlag.getMessage().contains("line 2"), badFlag.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> TargetDetector.fromTsv(new StringReader("# version: 1\nfrance\tname\tFrance\n")));
        assertThrows(IllegalArgumentException.class,
                () -> TargetDetector.fromTsv(new StringReader("russia\tname\tRussia\n")));
    }

    @Test
    void oneDetectorServesManyThreads() {
        String text = "Abe is making a determined pitch to nudge Russia back to the middle ground even as the "
                + "countdown begins for yet another visit by Putin to China.";
        List<TargetMention> expected = DETECTOR.detect(text);
        List<List<TargetMention>> results = IntStream.range(0, 2_000).parallel()
                .mapToObj(i -> DETECTOR.detect(text)).toList();
        results.forEach(r -> assertEquals(expected, r));
        assertEquals(4, expected.size());
    }

    // ------------------------------------------------------------------ helpers

    private record Expected(Country country, String surface, String kind) {
    }

    private static Expected m(Country country, String surface, String kind) {
        return new Expected(country, surface, kind);
    }

    /**
     * Asserts the mentions exactly, spans included: each expected surface is located in the text
     * after the previous one, so the expected list also fixes the order and the offsets.
     */
    private static void assertMentions(String text, Expected... expected) {
        List<TargetMention> want = new ArrayList<>();
        int cursor = 0;
        for (Expected e : expected) {
            int start = text.indexOf(e.surface(), cursor);
            assertTrue(start >= 0, "test bug: '" + e.surface() + "' not found in order in: " + text);
            want.add(new TargetMention(e.country(), start, start + e.surface().length(), e.surface(), e.kind()));
            cursor = start + e.surface().length();
        }
        assertEquals(want, DETECTOR.detect(text), text);
    }
}
