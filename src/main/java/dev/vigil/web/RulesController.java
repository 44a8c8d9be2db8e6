package dev.vigil.web;

import dev.vigil.article.Article;
import dev.vigil.article.Page;
import dev.vigil.config.ConfigException;
import dev.vigil.config.Durations;
import dev.vigil.config.EntitySpec;
import dev.vigil.config.RuleSpec;
import dev.vigil.fulltext.ArticlePages;
import dev.vigil.kafka.KafkaClients;
import dev.vigil.kafka.TopicReplay;
import dev.vigil.match.Backtester;
import dev.vigil.match.RuleBook;
import dev.vigil.match.RuleHit;
import dev.vigil.match.RuleSet;
import io.micronaut.context.BeanContext;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Instant;
import java.util.List;

/** Tries rules before trusting them: match one article, or replay the retained articles. */
@Controller("/api")
public class RulesController {
  private final BeanContext beans;

  public RulesController(BeanContext beans) {
    this.beans = beans;
  }

  @Post("/match")
  @ExecuteOn(TaskExecutors.BLOCKING)
  public List<RuleHit> match(@Body ApiTypes.MatchRequest req) throws Exception {
    Article article = req.article() != null ? req.article() : fromPage(req.url());
    RuleBook book = beans.getBean(RuleBook.class);
    if (req.rules() == null) {
      return book.current().match(article);
    }
    try (RuleSet rules = compile(req.rules(), req.entities(), book)) {
      return rules.match(article);
    }
  }

  /** The article at {@code url}, fetched and extracted as the full-text stage does. */
  private Article fromPage(String url) {
    if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
      throw new HttpStatusException(
          HttpStatus.BAD_REQUEST, "the body needs an 'article', or the http(s) 'url' of a page");
    }
    ArticlePages pages = beans.getBean(ArticlePages.class);
    Page page = pages.fetch(url);
    if (!page.hasText()) {
      throw new HttpStatusException(
          HttpStatus.UNPROCESSABLE_ENTITY, url + ": no article text: " + page.status());
    }
    return pages.article(url, page);
  }

  @Post("/backtest")
  @ExecuteOn(TaskExecutors.BLOCKING)
  public Backtester.Report backtest(@Body ApiTypes.BacktestRequest req) throws Exception {
    RuleBook book = beans.getBean(RuleBook.class);
    List<ApiTypes.RuleInput> inputs =
        req.rules() != null
            ? req.rules()
            : req.query() != null ? List.of(new ApiTypes.RuleInput("query", req.query())) : null;
    Instant since;
    try {
      since = Instant.now().minus(Durations.parse(req.since() == null ? "7d" : req.since()));
    } catch (IllegalArgumentException e) {
      throw new HttpStatusException(HttpStatus.BAD_REQUEST, "since: " + e.getMessage());
    }
    int samples = req.samples() == null ? 5 : Math.max(0, Math.min(req.samples(), 100));
    try (RuleSet rules =
            inputs == null
                ? RuleSet.compile(book.rules(), book.entities(), book.tagger(), book.settings())
                : compile(inputs, req.entities(), book);
        TopicReplay replay =
            new TopicReplay(
                beans.getBean(KafkaClients.class), beans.getBean(JsonMapper.class), since)) {
      return Backtester.run(rules, replay, samples, n -> {});
    }
  }

  private static RuleSet compile(
      List<ApiTypes.RuleInput> rules, List<ApiTypes.EntityInput> entities, RuleBook book) {
    List<EntitySpec> es =
        entities == null
            ? book.entities()
            : entities.stream().map(ApiTypes.EntityInput::spec).toList();
    List<RuleSpec> rs = rules.stream().map(ApiTypes.RuleInput::spec).toList();
    try {
      // The book's tagger knows the book's watchlist: another watchlist's aliases are not tagged
      // with their types.
      return RuleSet.compile(rs, es, book.tagger(), book.settings());
    } catch (ConfigException e) {
      throw new HttpStatusException(HttpStatus.BAD_REQUEST, String.join("; ", e.problems()));
    }
  }
}
