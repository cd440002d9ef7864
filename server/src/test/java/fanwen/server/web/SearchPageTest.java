package fanwen.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The search view: suggestions, results, filters and sorting kept in the URL, the back button, pages, empty states. */
class SearchPageTest extends BrowserTest {

    @Test
    void suggestionsAppearWhileTypingAndTheKeyboardPicksOne() {
        browser.open("/");
        WebElement box = browser.find("#q");
        box.sendKeys("挂职");
        browser.find("#q-suggestions [role=option]");
        box.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        WebElement active = browser.find("#q-suggestions [aria-selected=true]");
        assertEquals(active.getDomAttribute("id"), box.getDomAttribute("aria-activedescendant"));
        String picked = active.findElement(By.cssSelector(".suggestion-text")).getText();
        assertTrue(picked.contains("挂职"), picked);
        box.sendKeys(Keys.ENTER);
        browser.awaitResults();
        assertEquals(picked, browser.param("q"));
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("q-suggestions")));
        assertFalse(browser.findAll(".document-hit").isEmpty());
    }

    @Test
    void resultsShowTitleTypeYearUnitAndHighlightedSnippets() {
        browser.open("/?q=挂职锻炼");
        browser.awaitResults();
        assertTrue(total() >= 3);
        WebElement first = browser.find(".document-hit");
        WebElement title = first.findElement(By.cssSelector(".hit-title a"));
        assertFalse(title.getText().isBlank());
        assertTrue(title.getDomAttribute("href").contains("doc="), title.getDomAttribute("href"));
        assertFalse(first.findElement(By.cssSelector(".hit-meta .badge")).getText().isBlank(), "the type");
        List<WebElement> marks = first.findElements(By.cssSelector(".snippet mark"));
        assertFalse(marks.isEmpty(), "highlighted snippets");
        assertTrue(marks.get(0).getText().contains("挂职"), marks.get(0).getText());
        assertEquals("挂职锻炼 - 范文检索", browser.driver.getTitle());
    }

    @Test
    void aTypeFilterNarrowsTheResultsLivesInTheUrlAndTheBackButtonUndoesIt() {
        browser.open("/?q=挂职");
        browser.awaitResults();
        int all = total();
        facetValue("类型", "讲话").click();
        browser.awaitResults();
        assertEquals("讲话", browser.param("type"));
        assertTrue(total() < all, total() + " of " + all);
        for (WebElement badge : browser.findAll(".document-hit .badge")) {
            assertEquals("讲话", badge.getText());
        }
        assertTrue(browser.find(".filter-chips").getText().contains("类型：讲话"));

        browser.driver.navigate().back(); // the page follows through popstate, maybe after back() returns
        browser.until(d -> browser.param("type") == null && total() == all);
        assertTrue(browser.findAll(".filter-chips").isEmpty());
        browser.driver.navigate().forward();
        browser.until(d -> "讲话".equals(browser.param("type")) && total() < all);
    }

    @Test
    void withATypeChosenTheOtherTypesStillShowTheirCountsAndOneClickSwitches() {
        browser.open("/?q=挂职&type=讲话");
        browser.awaitResults();
        WebElement summaries = facetValue("类型", "总结");
        int expected = Integer.parseInt(summaries.findElement(By.cssSelector(".count")).getText());
        assertTrue(expected > 0);
        summaries.click();
        // the count shown beside 总结 is what choosing it finds
        browser.until(d -> "总结".equals(browser.param("type")) && total() == expected);
    }

    @Test
    void aTagFilterNarrowsTheResultsToTheTaggedDocumentsAndItsChipRemovesIt() {
        String id = server.idOfTitle("光坡镇挂职锻炼工作总结");
        server.tag(id, "示范材料");
        browser.open("/?q=挂职");
        browser.awaitResults();
        int all = total();
        facetValue("标签", "示范材料").click();
        browser.until(d -> "示范材料".equals(browser.param("tag")) && total() == 1);
        assertEquals("光坡镇挂职锻炼工作总结", browser.find(".document-hit .hit-title").getText());
        assertTrue(browser.find(".filter-chips").getText().contains("标签：示范材料"));
        browser.find(".filter-chips .chip").click();
        browser.until(d -> browser.param("tag") == null && total() == all);
    }

    @Test
    void aYearRangeAndSortingByDateAreAppliedAndShared() {
        browser.open("/?q=政府工作报告");
        browser.awaitResults();
        browser.find("#year-from").sendKeys("2015");
        WebElement to = browser.find("#year-to");
        to.sendKeys("2020", Keys.ENTER);
        browser.until(d -> "2020".equals(browser.param("year_to")));
        browser.awaitResults();
        assertEquals("2015", browser.param("year_from"));
        List<Integer> years = hitYears();
        assertFalse(years.isEmpty());
        years.forEach(year -> assertTrue(year >= 2015 && year <= 2020, years.toString()));

        new Select(browser.find("#sort")).selectByValue("date");
        browser.until(d -> "date".equals(browser.param("sort")));
        browser.awaitResults();
        List<String> dates = hitDates();
        assertFalse(dates.isEmpty());
        assertEquals(dates.stream().sorted(Comparator.reverseOrder()).toList(), dates, "newest first");
        String shared = browser.driver.getCurrentUrl();
        browser.open("/");
        browser.driver.get(shared);
        browser.awaitResults();
        assertEquals(dates, hitDates(), "a shared link opens the same search");
        assertEquals("date", new Select(browser.find("#sort")).getFirstSelectedOption().getDomAttribute("value"));
    }

    @Test
    void pagesKeepTheQueryAndFilters() {
        browser.open("/?q=发展&type=报告");
        browser.awaitResults();
        String firstOnPageOne = browser.find(".document-hit .hit-title").getText();
        browser.find(".pager a[rel=next]").click();
        browser.until(d -> "2".equals(browser.param("page")));
        browser.awaitResults();
        assertEquals("报告", browser.param("type"));
        assertEquals("发展", browser.param("q"));
        assertEquals("2", browser.find(".pager a[aria-current=page]").getText());
        assertNotEquals(firstOnPageOne, browser.find(".document-hit .hit-title").getText());
    }

    @Test
    void withoutAQueryThePageSuggestsSearchesAndWithoutResultsItSaysWhatToTry() {
        browser.open("/");
        WebElement welcome = browser.find(".welcome-state");
        browser.until(d -> !d.findElements(By.cssSelector(".welcome-state .browse")).isEmpty());
        assertTrue(welcome.getText().contains("资料库共有"), welcome.getText());
        welcome.findElement(By.linkText("挂职锻炼")).click();
        browser.awaitResults();
        assertEquals("挂职锻炼", browser.param("q"));

        browser.open("/?q=挂职&year_from=1990&year_to=1991");
        browser.awaitResults();
        WebElement none = browser.find(".no-results");
        assertTrue(none.getText().contains("没有找到"), none.getText());
        none.findElement(By.partialLinkText("在全部文档中检索")).click();
        browser.awaitResults();
        assertNull(browser.param("year_from"));
        assertTrue(total() > 0);
    }

    @Test
    void anErrorAnswerIsShownWithTheServersReason() {
        browser.open("/?q=挂职&year_from=20x5");
        WebElement alert = browser.find("#alert");
        assertTrue(alert.getText().contains("请求有误"), alert.getText());
        assertTrue(alert.getText().contains("year_from"), "the server's reason: " + alert.getText());
    }

    private WebElement facetValue(String group, String value) {
        return browser.findAll(".facet[aria-label=" + group + "] a.facet-value").stream()
                .filter(a -> a.findElement(By.cssSelector(".facet-label")).getText().equals(value))
                .findFirst().orElseThrow(() -> new AssertionError("no facet value " + value + " in " + group));
    }

    private int total() {
        Matcher m = Pattern.compile("找到 (\\d+)").matcher(browser.find("#result-summary").getText());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The dates (yyyy-mm-dd) of the hits that have one, in the order shown. */
    private List<String> hitDates() {
        return browser.findAll(".document-hit .hit-meta").stream().map(meta -> {
            Matcher m = Pattern.compile("\\d{4}-\\d\\d-\\d\\d").matcher(meta.getText());
            return m.find() ? m.group() : null;
        }).filter(Objects::nonNull).toList();
    }

    /** The year of each hit, from its date or year. */
    private List<Integer> hitYears() {
        return browser.findAll(".document-hit .hit-meta").stream().map(meta -> {
            Matcher m = Pattern.compile("(\\d{4})(-\\d\\d-\\d\\d| 年)").matcher(meta.getText());
            return m.find() ? Integer.parseInt(m.group(1)) : -1;
        }).filter(year -> year > 0).toList();
    }
}
