package fr.sesame.letters;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Font metrics the renderer computed once, shared by every render: the fonts never change. */
final class FontMetricsCache implements FSCacheEx<String, FSCacheValue> {

  private final ConcurrentMap<String, FSCacheValue> values = new ConcurrentHashMap<>();

  @Override
  public void put(String key, FSCacheValue value) {
    values.put(key, value);
  }

  @Override
  public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
    return values.computeIfAbsent(
        key,
        missing -> {
          try {
            return loader.call();
          } catch (Exception e) {
            throw new IllegalStateException("Could not read font metrics for " + missing, e);
          }
        });
  }

  @Override
  public FSCacheValue get(String key) {
    return values.get(key);
  }
}
