package fr.sesame.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

  @Test
  void encodesALinkThatDecodesBack() throws Exception {
    String link = "https://sesame.example.fr/activate#a8Jx_Qm-3fN9dE2kLr0pZsUvWyXb4cH6iT1oG5hK7nM";
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(link)));
    assertThat(QrDecoding.decode(image)).isEqualTo(link);
    // A quiet zone of 4 modules of 8 pixels: the corners are white.
    assertThat(image.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    assertThat(image.getRGB(31, 31) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    assertThat(image.getRGB(32, 32) & 0xFFFFFF).isZero();
  }
}
