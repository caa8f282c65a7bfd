package io.mutualplan.jackson3;

import static io.mutualplan.jackson3.Mappers.FOUND;
import static io.mutualplan.jackson3.Mappers.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.json.JsonDocuments;
import io.mutualplan.json.MapJson;
import io.mutualplan.json.MapJsonModule;
import io.mutualplan.testkit.Fixtures;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** The module is found like any Jackson 3 module and lives beside map-json's Jackson 2 module. */
class MapJackson3ModuleTest {

  @Test
  void isFoundByJacksonsModuleDiscovery() {
    assertThat(ServiceLoader.load(JacksonModule.class))
        .anyMatch(module -> module instanceof MapJackson3Module);
    assertThat(FOUND.registeredModules())
        .anyMatch(module -> module instanceof MapJackson3Module);
  }

  @Test
  void registersOnceWhenAddedByHandAndFoundToo() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules()
        .addModule(new MapJackson3Module()).build();

    assertThat(mapper.registeredModules())
        .filteredOn(module -> module instanceof MapJackson3Module).hasSize(1);
  }

  @Test
  void registersEveryDocumentTypeThatMapJsonHasAHandleFor() {
    Set<Class<?>> handled = new HashSet<>();
    for (Method method : MapJson.class.getMethods()) {
      if (method.getReturnType() == JsonDocuments.class
          && !Modifier.isStatic(method.getModifiers())) {
        ParameterizedType documents = (ParameterizedType) method.getGenericReturnType();
        handled.add((Class<?>) documents.getActualTypeArguments()[0]);
      }
    }

    assertThat(handled).hasSizeGreaterThanOrEqualTo(4);
    List<Class<?>> registered = new ArrayList<>();
    for (DocumentType<?> document : MapJackson3Module.DOCUMENTS) {
      registered.add(document.type());
    }
    assertThat(registered).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(handled);
  }

  @Test
  void jackson2AndJackson3OnOneClassPathWriteTheSameBytesAndReadEachOthers() throws Exception {
    ObjectMapper jackson2 = new ObjectMapper().findAndRegisterModules();
    assertThat(ObjectMapper.findModules()).anyMatch(module -> module instanceof MapJsonModule);

    for (String name : Fixtures.names()) {
      MutualActionPlan plan = Fixtures.plan(name);
      byte[] fromJackson2 = jackson2.writeValueAsBytes(plan);
      byte[] fromJackson3 = FOUND.writeValueAsBytes(plan);

      assertThat(fromJackson3).as(name).isEqualTo(fromJackson2)
          .isEqualTo(JSON.plans().writeBytes(plan));
      assertThat(FOUND.readValue(fromJackson2, MutualActionPlan.class)).as(name).isEqualTo(plan);
      assertThat(jackson2.readValue(fromJackson3, MutualActionPlan.class)).as(name)
          .isEqualTo(plan);
    }
  }
}
