package io.finnexus.batch.statement.camt;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Null-safe navigation of Prowide's generated model by ISO 20022 element names ({@code "Refs",
 * "EndToEndId"} calls {@code getRefs().getEndToEndId()}).
 *
 * <p>Why reflection: each camt version has its own generated classes ({@code ReportEntry2}, {@code
 * ReportEntry10} …) but the element names are stable across versions, so one mapping by name covers
 * versions 1 to 13 instead of one hand-written mapper per version.
 */
final class BeanPath {

  private static final ClassValue<Map<String, Method>> GETTERS =
      new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
          Map<String, Method> getters = new HashMap<>();
          for (Method method : type.getMethods()) {
            boolean getter = method.getName().startsWith("get") && method.getParameterCount() == 0;
            if (getter && !Modifier.isStatic(method.getModifiers())) {
              getters.put(method.getName().substring(3), method);
            }
          }
          return getters;
        }
      };

  private BeanPath() {}

  /** The value at {@code path}, or {@code null} if any step is null or does not exist. */
  static Object get(Object bean, String... path) {
    Object current = bean;
    for (String name : path) {
      if (current == null) {
        return null;
      }
      Method getter = GETTERS.get(current.getClass()).get(name);
      if (getter == null) {
        return null;
      }
      current = invoke(getter, current);
    }
    return current;
  }

  /** The list at {@code path}; a single value becomes a one-element list, null an empty list. */
  static List<?> list(Object bean, String... path) {
    Object value = get(bean, path);
    if (value == null) {
      return List.of();
    }
    return value instanceof List<?> list ? list : List.of(value);
  }

  /**
   * The text of a leaf: strings as they are, ISO code enums by their code, code-or-proprietary
   * choices by {@code Cd} else {@code Prtry}; blank becomes {@code null}.
   */
  static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof String s) {
      return s.isBlank() ? null : s.trim();
    }
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    if (value instanceof Enum<?> code) {
      Object iso = isoValue(code);
      return iso != null ? iso.toString() : code.name();
    }
    String code = text(get(value, "Cd"));
    return code != null ? code : text(get(value, "Prtry"));
  }

  /** The first non-null text among {@code paths}, each evaluated from {@code bean}. */
  static String firstText(Object bean, String[]... paths) {
    for (String[] path : paths) {
      String text = text(get(bean, path));
      if (text != null) {
        return text;
      }
    }
    return null;
  }

  private static Object isoValue(Enum<?> code) {
    try {
      return code.getClass().getMethod("value").invoke(code);
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  private static Object invoke(Method getter, Object target) {
    try {
      return getter.invoke(target);
    } catch (IllegalAccessException e) {
      return null;
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(getter.getName() + " failed", e.getCause());
    }
  }
}
