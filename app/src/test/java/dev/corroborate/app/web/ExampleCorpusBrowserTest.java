package dev.corroborate.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.io.store.ArticleStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * What a newcomer does in a real browser, on the example corpus: the stories list, a story with its
 * provenance graph, two articles compared with their shared passages lit, a search, and a split
 * and a merge made with the story page's forms. Screenshots of each page go to
 * {@code target/screenshots} (the README's are copied from there). Skipped without chromium.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExampleCorpusBrowserTest {

    static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;

    static Browser.Served app;
    static ArticleStore store;
    static Browser browser;

    @BeforeAll
    static void start() {
        app = Browser.Served.analyse(dir.resolve("data"), Path.of("..", "examples", "tarn-basin"));
        store = app.store();
        browser = app.browser();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static void openKessaryStory() {
        browser.go("/");
        browser.driver.findElement(By.linkText("Exclusive: Kessary pressed water commission to shelve mine pollution report - letter")).click();
    }

    @Test
    @Order(1)
    void theStoriesListShowsTheExampleStorylineWithItsCounts() {
        browser.go("/");
        String table = browser.driver.findElement(By.cssSelector("table.stories")).getText();
        assertThat(table).contains("Kessary pressed water commission").contains("Lunmouth tram extension");
        browser.assertNothingRan("stories");
        browser.screenshot(SHOTS, "stories");
    }

    @Test
    @Order(2)
    void aStoryShowsItsEventsAndTheProvenanceGraphWithTheIndependentSources() {
        openKessaryStory();
        assertThat(browser.driver.getCurrentUrl()).contains("/stories/st-");
        assertThat(browser.driver.findElement(By.cssSelector(".independent .big")).getText()).isEqualTo("3");
        WebElement graph = browser.driver.findElement(By.cssSelector("figure.graph svg"));
        assertThat(graph.findElements(By.cssSelector("a.node"))).hasSize(5);
        assertThat(graph.findElements(By.cssSelector("a.node.independent"))).hasSize(2);
        assertThat(graph.findElements(By.cssSelector("a.edge"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(graph.findElement(By.cssSelector("text.count")).getText()).isEqualTo("2");
        browser.assertNothingRan("story");
        browser.screenshot(SHOTS, "story");
        browser.screenshot(SHOTS, "graph", graph, "center");
    }

    @Test
    @Order(2)
    void aStoryShowsWhereItsArticlesDifferWithTheDifferingWordsMarked() {
        openKessaryStory();
        WebElement section = browser.driver.findElements(By.cssSelector(".discrepancies")).stream()
                .filter(s -> !s.findElements(By.cssSelector(".difference")).isEmpty()).findFirst().orElseThrow();
        for (String css : List.of(".difference.conflict .verdict", ".difference mark.differs",
                ".difference .value a[href^='/articles/']")) {
            assertThat(section.findElements(By.cssSelector(css))).as(css).isNotEmpty();
        }
        browser.assertNothingRan("discrepancies");
        browser.screenshot(SHOTS, "discrepancies", section, "start");
    }

    @Test
    @Order(3)
    void anArrowOfTheGraphOpensTheTwoTextsWithTheirSharedPassagesLinked() {
        openKessaryStory();
        WebElement rewrite = browser.driver.findElements(By.cssSelector("figure.graph a.edge")).stream()
                .filter(e -> e.getText().contains("partial")).findFirst().orElseThrow();
        browser.driver.get(rewrite.getDomAttribute("href").startsWith("/")
                ? browser.base + rewrite.getDomAttribute("href") : rewrite.getDomAttribute("href"));
        assertThat(browser.driver.getCurrentUrl()).contains("/compare/");
        List<WebElement> left = browser.driver.findElements(By.cssSelector(".side:first-child mark[data-pair]"));
        assertThat(left).isNotEmpty();
        WebElement first = left.get(0);
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", first);
        first.click();
        WebElement pair = browser.driver.findElement(By.id(first.getDomAttribute("data-pair")));
        assertThat(pair.getDomAttribute("class")).contains("active");
        browser.assertNothingRan("compare");
        browser.driver.executeScript("window.scrollTo(0, 0);");
        browser.screenshot(SHOTS, "compare");
    }

    @Test
    @Order(4)
    void aSearchShowsTheMatchesMarkedByStory() {
        browser.go("/");
        browser.driver.findElement(By.linkText("Search")).click();
        WebElement box = browser.driver.findElement(By.name("q"));
        box.sendKeys("Lindqvist");
        box.submit();
        browser.waitForUrl("q=Lindqvist");
        assertThat(browser.driver.findElements(By.cssSelector(".search-group"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector(".snippet mark")).stream().map(WebElement::getText))
                .contains("Lindqvist");
        browser.assertNothingRan("search");
        browser.screenshot(SHOTS, "search");
        browser.go("/search?q=%22unbalanced");
        assertThat(browser.driver.findElement(By.cssSelector(".note")).getText()).contains("quotation mark");
        browser.assertNothingRanOnAnErrorPage("bad search");
    }

    @Test
    @Order(5)
    void aSplitAndThenAMergeMadeWithTheFormsShowAtOnce() {
        openKessaryStory();
        int events = browser.driver.findElements(By.cssSelector("section.event")).size();
        WebElement firstEvent = browser.driver.findElements(By.cssSelector("section.event")).get(0);
        firstEvent.findElement(By.cssSelector("details.correct summary")).click();
        WebElement split = firstEvent.findElement(By.cssSelector("form.split"));
        split.findElements(By.name("article")).get(0).click();
        split.findElement(By.cssSelector("button")).click();
        browser.waitForUrl("corrected=split");
        assertThat(browser.driver.findElement(By.cssSelector(".note.done")).getText()).contains("Your split was stored and applied");
        assertThat(browser.driver.findElements(By.cssSelector("section.event"))).hasSize(events + 1);
        browser.assertNothingRan("split");

        WebElement anEvent = browser.driver.findElements(By.cssSelector("section.event")).get(0);
        anEvent.findElement(By.cssSelector("details.correct summary")).click();
        WebElement merge = anEvent.findElement(By.cssSelector("form.merge"));
        new Select(merge.findElement(By.name("other"))).selectByIndex(0);
        merge.findElement(By.cssSelector("button")).click();
        browser.waitForUrl("corrected=merge");
        assertThat(browser.driver.findElement(By.cssSelector(".note.done")).getText()).contains("Your merge was stored and applied");
        assertThat(browser.driver.findElements(By.cssSelector("section.event"))).hasSize(events);
        assertThat(store.decisions()).hasSize(2);
        browser.assertNothingRan("merge");
    }
}
