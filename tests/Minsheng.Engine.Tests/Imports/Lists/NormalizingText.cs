using Minsheng.Engine.Imports;

namespace Minsheng.Engine.Tests.Imports.Lists;

public class Normalizing_text
{
    [Fact]
    public void Pinyin_inserted_after_characters_is_removed_and_Traditional_becomes_Simplified()
    {
        Assert.Equal("民生实事项目上半年进展情况督查通报", TextNormalizer.Normalize("民生實(shí)事項(xiàng)目上半年進(jìn)展情況督查通報(bào)"));
    }

    [Theory]
    [InlineData("新建公辦幼兒園（xīnjiàn gōngbàn yòu'éryuán）", "新建公办幼儿园")]
    [InlineData("適齡婦女「兩癌」免費檢查（liǎng ái shāichá）", "适龄妇女「两癌」免费检查")]
    [InlineData("建设智慧停车(smart parking)平台", "建设智慧停车(smart parking)平台")]
    public void The_reading_of_a_whole_name_in_brackets_is_removed_but_words_without_tone_marks_are_kept(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Full_width_digits_and_punctuation_become_half_width()
    {
        Assert.Equal("新建学校8所,新增学位9600个(其中小学3所)", TextNormalizer.Normalize("新建学校８所，新增学位９６００个（其中小学３所）"));
    }

    [Fact]
    public void Upper_case_abbreviations_and_specifications_in_brackets_are_kept()
    {
        Assert.Equal("公共场所布设自动体外除颤器(AED)和DN400管线(DN400)", TextNormalizer.Normalize("公共场所布设自动体外除颤器(AED)和DN400管线(DN400)"));
    }

    [Fact]
    public void Simplified_text_is_left_as_it_is()
    {
        var dalian = Samples.Read("dalian-2024-plan.txt");

        Assert.Equal(dalian.Replace("\r\n", "\n"), TextNormalizer.Normalize(dalian));
    }

    [Fact]
    public void The_Lianyungang_bulletin_reads_as_Simplified_Chinese()
    {
        var text = TextNormalizer.Normalize(Samples.Read("lianyungang-2023-h1-bulletin.txt"));

        Assert.StartsWith("民生实事项目上半年进展情况督查通报", text);
        Assert.Contains("年度总投资166.3亿元", text);
        Assert.DoesNotContain("(shí)", text);
    }
}
