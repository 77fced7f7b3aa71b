package nl.thvhub.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * A real headless browser for the werkplek's tests: Debian's {@code chromium} and {@code chromium-driver} through
 * Selenium, logging in on the real Keycloak login page. Without the two packages the browser tests are skipped, saying
 * so — unless {@code THV_BROWSER_VEREIST=true} (as {@code .ci/run} sets after installing them), when that is a failure.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("werkplek.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("werkplek.chromedriver", "/usr/bin/chromedriver"));

    private final WebDriver driver;
    private final boolean javascript;

    private Browser(boolean javascript) {
        this.javascript = javascript;
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1400",
                "--lang=nl-NL", "--disable-gpu", "--no-first-run", "--password-store=basic");
        if (!javascript) {
            o.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, o);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** A browser with JavaScript off: the werkplek's essentials must work without it. */
    public static Browser zonderJavascript() {
        vereist();
        return new Browser(false);
    }

    /** A browser with JavaScript on, for axe-core (which runs as a script in the page). */
    public static Browser metJavascript() {
        vereist();
        return new Browser(true);
    }

    private static void vereist() {
        boolean aanwezig = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!aanwezig && "true".equals(System.getenv("THV_BROWSER_VEREIST"))) {
            throw new IllegalStateException("The werkplek's browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + DRIVER + "): apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(aanwezig, "SKIPPED: no chromium/chromedriver at " + CHROMIUM + " and " + DRIVER
                + " (apt-get install chromium chromium-driver; .ci/run installs them)");
    }

    public static String basis() {
        return "http://127.0.0.1:" + KeycloakResource.hubPort();
    }

    /** Opens a werkplek page and, on the Keycloak login page it is sent to, logs in as a demo user. */
    public Browser inloggen(String gebruiker) {
        driver.get(basis() + "/werkplek/");
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(d -> !d.findElements(By.id("username")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new IllegalStateException("no Keycloak login page at " + driver.getCurrentUrl() + ":\n" + bron(), e);
        }
        driver.findElement(By.id("username")).sendKeys(gebruiker);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.id("kc-login")).click();
        try {
            // the click returns when the form is sent, not when the redirect back has landed (a busy machine shows it)
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(d -> d.getCurrentUrl().startsWith(basis() + "/werkplek")
                            && !d.findElements(By.tagName("main")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new IllegalStateException("login as " + gebruiker + " did not return to the werkplek: "
                    + driver.getCurrentUrl() + "\n" + tekst(), e);
        }
        return this;
    }

    public Browser open(String pad) {
        driver.get(basis() + pad);
        return this;
    }

    /** Opens an address outside the werkplek (Keycloak's own pages). */
    public Browser openBuiten(String url) {
        driver.get(url);
        return this;
    }

    public String tekst() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String titel() {
        return driver.getTitle();
    }

    public String adres() {
        return driver.getCurrentUrl();
    }

    public String bron() {
        return driver.getPageSource();
    }

    public WebElement veld(String id) {
        return driver.findElement(By.id(id));
    }

    /** The id of the first form field whose id starts so (a form per row of a table). */
    public String veldMetIdBegin(String begin) {
        return driver.findElement(By.cssSelector("input[id^='" + begin + "'], select[id^='" + begin + "'], textarea[id^='"
                + begin + "']")).getAttribute("id");
    }

    /** Types into a text field or picks the option with this value of a select, by the field's id. */
    public Browser vul(String id, String waarde) {
        WebElement e = veld(id);
        if ("select".equals(e.getTagName())) {
            new org.openqa.selenium.support.ui.Select(e).selectByValue(waarde);
        } else {
            e.clear();
            e.sendKeys(waarde);
        }
        return this;
    }

    public Browser klik(String id) {
        veld(id).click();
        return this;
    }

    /** Clicks the element with this id and waits until the page it leads to has replaced this one. */
    public Browser klikEnWacht(String id) {
        return naKlik(veld(id));
    }

    /** Sends the form whose submit button reads this text, and waits for the page that answers it. */
    public Browser verstuur(String knoptekst) {
        return naKlik(driver.findElement(By.xpath("//button[normalize-space(.)='" + knoptekst + "']")));
    }

    /** Clicks what leaves this page and waits until the next page replaced it (post-redirect-get included). */
    private Browser naKlik(WebElement element) {
        WebElement oud = driver.findElement(By.tagName("html"));
        element.click();
        org.openqa.selenium.support.ui.WebDriverWait wacht = new org.openqa.selenium.support.ui.WebDriverWait(driver,
                Duration.ofSeconds(15));
        // the old page is gone once its root cannot be asked anything: chromium says so as a stale element or, mid-way,
        // as "node does not belong to the document" (which Selenium's stalenessOf does not take for stale)
        wacht.until(d -> {
            try {
                oud.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException weg) {
                return true;
            }
        });
        // the next page replaced the old one; wait until it is whole before a field of it is touched
        wacht.ignoring(org.openqa.selenium.WebDriverException.class).until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    /** Sends the form that holds the field with this id (where several forms carry the same button text). */
    public Browser verstuurFormulierVan(String id) {
        return naKlik(veld(id).findElement(By.xpath("./ancestor::form//button[@type='submit']")));
    }

    public Browser volgLink(String tekst) {
        return naKlik(driver.findElement(By.partialLinkText(tekst)));
    }

    public Browser terug() {
        driver.navigate().back();
        return this;
    }

    /** The serious and critical axe-core violations of WCAG 2.1 A and AA on the current page, described. */
    public List<String> toegankelijkheidsfouten() {
        Results r = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        return r.getViolations().stream().filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(Browser::beschrijf).toList();
    }

    private static String beschrijf(Rule v) {
        return v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " — "
                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }

    /** Saves a screenshot of the page (PNG). */
    public void schermafdruk(Path bestand) {
        try {
            Files.createDirectories(bestand.getParent());
            Files.write(bestand, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A GET with this browser's cookies, to read what a browser does not show: the response's headers. */
    public HttpResponse<String> getMetSessie(String pad) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(basis() + pad)).header("Cookie",
                    cookies(pad)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The browser's cookies of the werkplek's host (name, path), to check their scope. */
    public java.util.Set<Cookie> cookies() {
        return driver.manage().getCookies();
    }

    private String cookies(String pad) {
        return driver.manage().getCookies().stream().filter(c -> c.getPath() == null || pad.startsWith(c.getPath()))
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    /** A POST with this browser's cookies but without the page's form (a forged request from another site). */
    public HttpResponse<String> postZonderFormulier(String pad, String formulier) {
        String cookies = cookies(pad);
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(basis() + pad))
                    .header("Cookie", cookies).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formulier)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
