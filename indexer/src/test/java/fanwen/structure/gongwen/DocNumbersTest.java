package fanwen.structure.gongwen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"吉政办发〔2019〕8号", "吉政办发[2019]8号", "吉政办发(2019)8号", "吉政办发（2019）8号",
            "吉政办发【2019】8号", "吉政办发［2019］8号", "吉政办发2019年8号", "吉政办发〔2019〕第8号", "吉政办发 〔2019〕 08 号",
            "吉政办发〔２０１９〕８号"})
    void everyBracketStyleOfOneDocNumberHasOneKey(String written) {
        assertEquals(Optional.of("吉政办发2019-8"), DocNumbers.normalize(written));
        assertTrue(DocNumbers.isDocNumber(written), written);
    }

    @Test
    void otherNumbersHaveOtherKeys() {
        assertEquals(Optional.of("吉政办发2019-18"), DocNumbers.normalize("吉政办发〔2019〕18号"));
        assertEquals(Optional.of("吉政发2019-8"), DocNumbers.normalize("吉政发〔2019〕8号"));
        assertEquals(Optional.empty(), DocNumbers.normalize("挂职锻炼工作总结"));
    }

    @Test
    void aQueryIsADocNumberOnlyWhenItIsNothingElse() {
        assertTrue(DocNumbers.isDocNumber(" “国办发〔2021〕5号” "));
        assertFalse(DocNumbers.isDocNumber("国办发〔2021〕5号 挂职"));
        assertFalse(DocNumbers.isDocNumber("2019年8号文件"));
        assertFalse(DocNumbers.isDocNumber("挂职锻炼"));
    }
}
